from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateLinkCreateConfigInput")
_WIRE_NAMES = frozenset(
    {
        "allowedPrincipals",
    }
)


@_attrs_define
class PrivateLinkCreateConfigInput:
    """
    Attributes:
        allowed_principals (list[str] | Unset):
    """

    allowed_principals: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_principals: list[str] | Unset = UNSET
        if not isinstance(self.allowed_principals, Unset):
            allowed_principals = self.allowed_principals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_principals is not UNSET:
            field_dict["allowedPrincipals"] = allowed_principals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        private_link_create_config_input = cls(
            src_dict.get("allowedPrincipals", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            private_link_create_config_input.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return private_link_create_config_input

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
