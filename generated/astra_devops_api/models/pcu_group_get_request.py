from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PCUGroupGetRequest")
_WIRE_NAMES = frozenset(
    {
        "pcuGroupUUIDs",
    }
)


@_attrs_define
class PCUGroupGetRequest:
    """
    Attributes:
        pcu_group_uui_ds (list[str] | Unset):
    """

    pcu_group_uui_ds: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pcu_group_uui_ds: list[str] | Unset = UNSET
        if not isinstance(self.pcu_group_uui_ds, Unset):
            pcu_group_uui_ds = self.pcu_group_uui_ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pcu_group_uui_ds is not UNSET:
            field_dict["pcuGroupUUIDs"] = pcu_group_uui_ds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        pcu_group_get_request = cls(
            src_dict.get("pcuGroupUUIDs", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            pcu_group_get_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return pcu_group_get_request

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
