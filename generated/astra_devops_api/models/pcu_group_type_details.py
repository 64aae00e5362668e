from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PCUGroupTypeDetails")
_WIRE_NAMES = frozenset(
    {
        "vCPU",
        "memory",
        "disk_cache",
    }
)


@_attrs_define
class PCUGroupTypeDetails:
    """
    Attributes:
        v_cpu (int | Unset):
        memory (str | Unset):
        disk_cache (str | Unset):
    """

    v_cpu: int | Unset = UNSET
    memory: str | Unset = UNSET
    disk_cache: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_cpu = self.v_cpu

        memory = self.memory

        disk_cache = self.disk_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if v_cpu is not UNSET:
            field_dict["vCPU"] = v_cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if disk_cache is not UNSET:
            field_dict["disk_cache"] = disk_cache

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        pcu_group_type_details = cls(
            src_dict.get("vCPU", UNSET),
            src_dict.get("memory", UNSET),
            src_dict.get("disk_cache", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            pcu_group_type_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return pcu_group_type_details

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
