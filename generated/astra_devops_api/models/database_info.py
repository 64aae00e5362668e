from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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
        "keyspaces",
        "datacenters",
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
class DatabaseInfo(_Sourced):
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
        keyspaces (list[str] | Unset): Every keyspace of the database, the first one included.
        datacenters (list[Any] | Unset): The database's datacenters, each shaped as a `Datacenter`.
    """

    name: str
    keyspace: str | Unset = UNSET
    cloud_provider: str | Unset = UNSET
    tier: str | Unset = UNSET
    capacity_units: int | Unset = UNSET
    region: str | Unset = UNSET
    additional_keyspaces: list[str] | Unset = UNSET
    db_type: str | Unset = UNSET
    keyspaces: list[str] | Unset = UNSET
    datacenters: list[Any] | Unset = UNSET
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

        keyspaces: list[str] | Unset = UNSET
        if not isinstance(self.keyspaces, Unset):
            keyspaces = self.keyspaces

        datacenters: list[Any] | Unset = UNSET
        if not isinstance(self.datacenters, Unset):
            datacenters = self.datacenters

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
        if keyspaces is not UNSET:
            field_dict["keyspaces"] = keyspaces
        if datacenters is not UNSET:
            field_dict["datacenters"] = datacenters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        database_info = object.__new__(cls)
        database_info._source = src_dict
        database_info.name = src_dict["name"]
        database_info.keyspace = src_dict.get("keyspace", UNSET)
        database_info.cloud_provider = src_dict.get("cloudProvider", UNSET)
        database_info.tier = src_dict.get("tier", UNSET)
        database_info.capacity_units = src_dict.get("capacityUnits", UNSET)
        database_info.region = src_dict.get("region", UNSET)
        database_info.additional_keyspaces = src_dict.get("additionalKeyspaces", UNSET)
        database_info.db_type = src_dict.get("dbType", UNSET)
        database_info.keyspaces = src_dict.get("keyspaces", UNSET)
        database_info.datacenters = src_dict.get("datacenters", UNSET)
        return database_info

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
