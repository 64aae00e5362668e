from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VPC")
_WIRE_NAMES = frozenset(
    {
        "provider",
        "account",
        "vpcId",
        "cidrBlock",
    }
)


@_attrs_define
class VPC:
    """
    Attributes:
        provider (str):
        account (str):
        vpc_id (str):
        cidr_block (str):
    """

    provider: str
    account: str
    vpc_id: str
    cidr_block: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        account = self.account

        vpc_id = self.vpc_id

        cidr_block = self.cidr_block

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "account": account,
                "vpcId": vpc_id,
                "cidrBlock": cidr_block,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        vpc = cls(
            src_dict["provider"],
            src_dict["account"],
            src_dict["vpcId"],
            src_dict["cidrBlock"],
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            vpc.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return vpc

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
