from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseInfo")
_WIRE_NAMES = frozenset(
    {
        "name",
        "keyspace",
        "cloudProvider",
        "tier",
        "capacityUnits",
        "region",
        "additionalKeyspaces",
        "dbType",
    }
)


def _extras(state: Any) -> dict[str, Any]:
    """The additional properties a model holds, from its state: None (none yet), a 1-item list
    holding their dict, or, for a model built by `from_dict`, its decoded source, whose unknown keys
    are read on first use."""
    if state is None:
        return {}
    if type(state) is list:
        extras: dict[str, Any] = state[0]
        return extras
    if _WIRE_NAMES.issuperset(state):
        return {}
    return {key: value for key, value in state.items() if key not in _WIRE_NAMES}


def _shown(state: Any) -> str:
    return repr(_extras(state))


@_attrs_define
class DatabaseInfo:
    """
    Attributes:
        name (str):
        keyspace (str | Unset):
        cloud_provider (str | Unset):
        tier (str | Unset):
        capacity_units (int | Unset):
        region (str | Unset):
        additional_keyspaces (list[str] | Unset):
        db_type (str | Unset):
    """

    name: str
    keyspace: str | Unset = UNSET
    cloud_provider: str | Unset = UNSET
    tier: str | Unset = UNSET
    capacity_units: int | Unset = UNSET
    region: str | Unset = UNSET
    additional_keyspaces: list[str] | Unset = UNSET
    db_type: str | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        keyspace = self.keyspace

        cloud_provider = self.cloud_provider

        tier = self.tier

        capacity_units = self.capacity_units

        region = self.region

        additional_keyspaces: list[str] | Unset = UNSET
        if not isinstance(self.additional_keyspaces, Unset):
            additional_keyspaces = self.additional_keyspaces

        db_type = self.db_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if keyspace is not UNSET:
            field_dict["keyspace"] = keyspace
        if cloud_provider is not UNSET:
            field_dict["cloudProvider"] = cloud_provider
        if tier is not UNSET:
            field_dict["tier"] = tier
        if capacity_units is not UNSET:
            field_dict["capacityUnits"] = capacity_units
        if region is not UNSET:
            field_dict["region"] = region
        if additional_keyspaces is not UNSET:
            field_dict["additionalKeyspaces"] = additional_keyspaces
        if db_type is not UNSET:
            field_dict["dbType"] = db_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        database_info = cls(
            src_dict["name"],
            src_dict.get("keyspace", UNSET),
            src_dict.get("cloudProvider", UNSET),
            src_dict.get("tier", UNSET),
            src_dict.get("capacityUnits", UNSET),
            src_dict.get("region", UNSET),
            src_dict.get("additionalKeyspaces", UNSET),
            src_dict.get("dbType", UNSET),
        )

        database_info._additional_properties = src_dict
        return database_info

    @property
    def additional_properties(self) -> dict[str, Any]:
        state = self._additional_properties
        if type(state) is list:
            extras: dict[str, Any] = state[0]
            return extras
        extras = _extras(state)
        self._additional_properties = [extras]
        return extras

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = [value]

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
