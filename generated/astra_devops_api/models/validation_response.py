from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationResponse")
_WIRE_NAMES = frozenset(
    {
        "valid",
        "validationFailures",
    }
)


@_attrs_define
class ValidationResponse:
    """
    Attributes:
        valid (bool | Unset):
        validation_failures (list[str] | Unset):
    """

    valid: bool | Unset = UNSET
    validation_failures: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        validation_failures: list[str] | Unset = UNSET
        if not isinstance(self.validation_failures, Unset):
            validation_failures = self.validation_failures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid is not UNSET:
            field_dict["valid"] = valid
        if validation_failures is not UNSET:
            field_dict["validationFailures"] = validation_failures

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        validation_response = cls(
            src_dict.get("valid", UNSET),
            src_dict.get("validationFailures", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            validation_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return validation_response

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
