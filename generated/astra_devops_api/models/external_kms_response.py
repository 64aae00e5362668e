from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalKMSResponse")
_WIRE_NAMES = frozenset(
    {
        "OrganizationID",
        "CloudProvider",
        "KeyID",
        "Region",
    }
)


@_attrs_define
class ExternalKMSResponse:
    """
    Attributes:
        organization_id (str | Unset):
        cloud_provider (str | Unset):
        key_id (str | Unset):
        region (str | Unset):
    """

    organization_id: str | Unset = UNSET
    cloud_provider: str | Unset = UNSET
    key_id: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        cloud_provider = self.cloud_provider

        key_id = self.key_id

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["OrganizationID"] = organization_id
        if cloud_provider is not UNSET:
            field_dict["CloudProvider"] = cloud_provider
        if key_id is not UNSET:
            field_dict["KeyID"] = key_id
        if region is not UNSET:
            field_dict["Region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        external_kms_response = cls(
            src_dict.get("OrganizationID", UNSET),
            src_dict.get("CloudProvider", UNSET),
            src_dict.get("KeyID", UNSET),
            src_dict.get("Region", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            external_kms_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return external_kms_response

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
