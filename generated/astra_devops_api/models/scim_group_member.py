from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SCIMGroupMember")
_WIRE_NAMES = frozenset(
    {
        "value",
        "$ref",
        "display",
    }
)


@_attrs_define
class SCIMGroupMember:
    """
    Attributes:
        value (UUID):
        ref (str):
        display (str | Unset):
    """

    value: UUID
    ref: str
    display: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = str(self.value)

        ref = self.ref

        display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "$ref": ref,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        value = UUID(src_dict["value"])

        scim_group_member = cls(
            value,
            src_dict["$ref"],
            src_dict.get("display", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            scim_group_member.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return scim_group_member

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
