from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MigrationProxyMapping")


@_attrs_define
class MigrationProxyMapping:
    """
    Attributes:
        origin_ip (str):
        origin_port (int):
        rack (int):
        rack_node_ordinal (int):
    """

    origin_ip: str
    origin_port: int
    rack: int
    rack_node_ordinal: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin_ip = self.origin_ip

        origin_port = self.origin_port

        rack = self.rack

        rack_node_ordinal = self.rack_node_ordinal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "originIP": origin_ip,
                "originPort": origin_port,
                "rack": rack,
                "rackNodeOrdinal": rack_node_ordinal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        origin_ip = d.pop("originIP")

        origin_port = d.pop("originPort")

        rack = d.pop("rack")

        rack_node_ordinal = d.pop("rackNodeOrdinal")

        migration_proxy_mapping = cls(
            origin_ip=origin_ip,
            origin_port=origin_port,
            rack=rack,
            rack_node_ordinal=rack_node_ordinal,
        )

        migration_proxy_mapping.additional_properties = d
        return migration_proxy_mapping

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
