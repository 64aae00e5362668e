from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GCPKMS")
_WIRE_NAMES = frozenset(
    {
        "keyID",
        "region",
    }
)


@_attrs_define
class GCPKMS:
    """
    Attributes:
        key_id (str | Unset):
        region (str | Unset):
    """

    key_id: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_id is not UNSET:
            field_dict["keyID"] = key_id
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        gcpkms = cls(
            src_dict.get("keyID", UNSET),
            src_dict.get("region", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            gcpkms.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return gcpkms

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
