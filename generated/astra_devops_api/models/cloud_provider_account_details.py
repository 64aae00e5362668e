from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CloudProviderAccountDetails")
_WIRE_NAMES = frozenset(
    {
        "organization_id",
        "provider_id",
        "provider",
    }
)


@_attrs_define
class CloudProviderAccountDetails:
    """
    Attributes:
        organization_id (str | Unset):
        provider_id (str | Unset):
        provider (str | Unset):
    """

    organization_id: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        provider_id = self.provider_id

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        cloud_provider_account_details = cls(
            src_dict.get("organization_id", UNSET),
            src_dict.get("provider_id", UNSET),
            src_dict.get("provider", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            cloud_provider_account_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return cloud_provider_account_details

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
