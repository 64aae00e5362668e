from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationStatus")
_WIRE_NAMES = frozenset(
    {
        "migrationID",
        "status",
        "concurrency",
        "targetSubsetSizeGB",
    }
)


@_attrs_define
class MigrationStatus:
    """
    Attributes:
        migration_id (str | Unset):
        status (str | Unset):
        concurrency (int | Unset):
        target_subset_size_gb (float | Unset):
    """

    migration_id: str | Unset = UNSET
    status: str | Unset = UNSET
    concurrency: int | Unset = UNSET
    target_subset_size_gb: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        migration_id = self.migration_id

        status = self.status

        concurrency = self.concurrency

        target_subset_size_gb = self.target_subset_size_gb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if migration_id is not UNSET:
            field_dict["migrationID"] = migration_id
        if status is not UNSET:
            field_dict["status"] = status
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if target_subset_size_gb is not UNSET:
            field_dict["targetSubsetSizeGB"] = target_subset_size_gb

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        migration_status = cls(
            src_dict.get("migrationID", UNSET),
            src_dict.get("status", UNSET),
            src_dict.get("concurrency", UNSET),
            src_dict.get("targetSubsetSizeGB", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            migration_status.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return migration_status

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
