from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PCUAssociationTransferRequest")
_WIRE_NAMES = frozenset(
    {
        "fromPCUGroupUUID",
        "toPCUGroupUUID",
        "datacenterUUID",
    }
)


@_attrs_define
class PCUAssociationTransferRequest:
    """
    Attributes:
        from_pcu_group_uuid (str | Unset):
        to_pcu_group_uuid (str | Unset):
        datacenter_uuid (str | Unset):
    """

    from_pcu_group_uuid: str | Unset = UNSET
    to_pcu_group_uuid: str | Unset = UNSET
    datacenter_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_pcu_group_uuid = self.from_pcu_group_uuid

        to_pcu_group_uuid = self.to_pcu_group_uuid

        datacenter_uuid = self.datacenter_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_pcu_group_uuid is not UNSET:
            field_dict["fromPCUGroupUUID"] = from_pcu_group_uuid
        if to_pcu_group_uuid is not UNSET:
            field_dict["toPCUGroupUUID"] = to_pcu_group_uuid
        if datacenter_uuid is not UNSET:
            field_dict["datacenterUUID"] = datacenter_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        pcu_association_transfer_request = cls(
            src_dict.get("fromPCUGroupUUID", UNSET),
            src_dict.get("toPCUGroupUUID", UNSET),
            src_dict.get("datacenterUUID", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            pcu_association_transfer_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return pcu_association_transfer_request

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
