from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_particular_customer_key_aws import GetParticularCustomerKeyAws


T = TypeVar("T", bound="GetParticularCustomerKey")
_WIRE_NAMES = frozenset(
    {
        "orgId",
        "aws",
    }
)


@_attrs_define
class GetParticularCustomerKey:
    """
    Attributes:
        org_id (str | Unset):
        aws (GetParticularCustomerKeyAws | Unset):
    """

    org_id: str | Unset = UNSET
    aws: GetParticularCustomerKeyAws | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws, Unset):
            aws = self.aws.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if aws is not UNSET:
            field_dict["aws"] = aws

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _aws = src_dict.get("aws", UNSET)
        aws: GetParticularCustomerKeyAws | Unset
        if isinstance(_aws, Unset):
            aws = UNSET
        else:
            aws = GetParticularCustomerKeyAws.from_dict(_aws)

        get_particular_customer_key = cls(
            src_dict.get("orgId", UNSET),
            aws,
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            get_particular_customer_key.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return get_particular_customer_key

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class, rather than on every call: models may refer to each other in cycles.
from ..models.get_particular_customer_key_aws import GetParticularCustomerKeyAws
