from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatacenterRequest")
_WIRE_NAMES = frozenset(
    {
        "tier",
        "status",
        "cloudProvider",
        "region",
        "capacityUnits",
        "pcuGroupUUID",
    }
)


@_attrs_define
class DatacenterRequest:
    """A datacenter (region) to add to a database.

    Attributes:
        tier (str):
        status (str): Seed 001's example sends `ACTIVE`.
        cloud_provider (str):
        region (str):
        capacity_units (int | Unset):
        pcu_group_uuid (str | Unset):
    """

    tier: str
    status: str
    cloud_provider: str
    region: str
    capacity_units: int | Unset = UNSET
    pcu_group_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier = self.tier

        status = self.status

        cloud_provider = self.cloud_provider

        region = self.region

        capacity_units = self.capacity_units

        pcu_group_uuid = self.pcu_group_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tier": tier,
                "status": status,
                "cloudProvider": cloud_provider,
                "region": region,
            }
        )
        if capacity_units is not UNSET:
            field_dict["capacityUnits"] = capacity_units
        if pcu_group_uuid is not UNSET:
            field_dict["pcuGroupUUID"] = pcu_group_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        datacenter_request = cls(
            src_dict["tier"],
            src_dict["status"],
            src_dict["cloudProvider"],
            src_dict["region"],
            src_dict.get("capacityUnits", UNSET),
            src_dict.get("pcuGroupUUID", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            datacenter_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return datacenter_request

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
