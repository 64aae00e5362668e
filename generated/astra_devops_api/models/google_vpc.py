from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GoogleVPC")
_WIRE_NAMES = frozenset(
    {
        "projectId",
        "vpcNetworkName",
    }
)


@_attrs_define
class GoogleVPC:
    """
    Attributes:
        project_id (str):
        vpc_network_name (str):
    """

    project_id: str
    vpc_network_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        vpc_network_name = self.vpc_network_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "vpcNetworkName": vpc_network_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        google_vpc = cls(
            src_dict["projectId"],
            src_dict["vpcNetworkName"],
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            google_vpc.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return google_vpc

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
