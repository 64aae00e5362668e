from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.migration_proxy_mapping import MigrationProxyMapping


T = TypeVar("T", bound="MigrationProxyConfiguration")


@_attrs_define
class MigrationProxyConfiguration:
    """
    Attributes:
        origin_username (str):
        origin_password (str):
        mappings (list[MigrationProxyMapping]):
    """

    origin_username: str
    origin_password: str
    mappings: list[MigrationProxyMapping]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin_username = self.origin_username

        origin_password = self.origin_password

        mappings = []
        for mappings_item_data in self.mappings:
            mappings_item = mappings_item_data.to_dict()
            mappings.append(mappings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "originUsername": origin_username,
                "originPassword": origin_password,
                "mappings": mappings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        origin_username = d.pop("originUsername")

        origin_password = d.pop("originPassword")

        mappings = []
        _mappings = d.pop("mappings")
        for mappings_item_data in _mappings:
            mappings_item = MigrationProxyMapping.from_dict(mappings_item_data)

            mappings.append(mappings_item)

        migration_proxy_configuration = cls(
            origin_username=origin_username,
            origin_password=origin_password,
            mappings=mappings,
        )

        migration_proxy_configuration.additional_properties = d
        return migration_proxy_configuration

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
from ..models.migration_proxy_mapping import MigrationProxyMapping
