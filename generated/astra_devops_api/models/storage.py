from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Storage")
_WIRE_NAMES = frozenset(
    {
        "nodeCount",
        "replicationFactor",
        "totalStorage",
        "usedStorage",
        "displayStorage",
    }
)


@_attrs_define
class Storage:
    """
    Attributes:
        node_count (int):
        replication_factor (int):
        total_storage (int):
        used_storage (int | Unset):
        display_storage (int | Unset):
    """

    node_count: int
    replication_factor: int
    total_storage: int
    used_storage: int | Unset = UNSET
    display_storage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_count = self.node_count

        replication_factor = self.replication_factor

        total_storage = self.total_storage

        used_storage = self.used_storage

        display_storage = self.display_storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodeCount": node_count,
                "replicationFactor": replication_factor,
                "totalStorage": total_storage,
            }
        )
        if used_storage is not UNSET:
            field_dict["usedStorage"] = used_storage
        if display_storage is not UNSET:
            field_dict["displayStorage"] = display_storage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        storage = cls(
            src_dict["nodeCount"],
            src_dict["replicationFactor"],
            src_dict["totalStorage"],
            src_dict.get("usedStorage", UNSET),
            src_dict.get("displayStorage", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            storage.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return storage

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
