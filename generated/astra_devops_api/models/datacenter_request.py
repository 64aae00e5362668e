from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class DatacenterRequest(_Sourced):
    """A datacenter (region) to add to a database.

    Attributes:
        tier (str):
        status (str): The datacenter's state; send `ACTIVE`.
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

    def __repr__(self) -> str:
        return model_repr(self)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """A part `from_dict` left to first use, built from the decoded source and kept in its slot."""
            build = _LAZY.get(name)
            source = getattr(self, "_source", None) if build else None
            if build is None or source is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            value = build(source)
            setattr(self, name, value)
            return value

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
        datacenter_request = object.__new__(cls)
        datacenter_request._source = src_dict
        datacenter_request.tier = src_dict["tier"]
        datacenter_request.status = src_dict["status"]
        datacenter_request.cloud_provider = src_dict["cloudProvider"]
        datacenter_request.region = src_dict["region"]
        datacenter_request.capacity_units = src_dict.get("capacityUnits", UNSET)
        datacenter_request.pcu_group_uuid = src_dict.get("pcuGroupUUID", UNSET)
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
