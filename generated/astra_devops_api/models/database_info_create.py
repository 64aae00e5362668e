from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.database_info_create_cloud_provider import DatabaseInfoCreateCloudProvider
from ..models.database_info_create_db_type import DatabaseInfoCreateDbType
from ..models.database_info_create_tier import DatabaseInfoCreateTier
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DatabaseInfoCreate")
_WIRE_NAMES = frozenset(
    {
        "name",
        "cloudProvider",
        "tier",
        "capacityUnits",
        "region",
        "keyspace",
        "dbType",
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
class DatabaseInfoCreate(_Sourced):
    """
    Attributes:
        name (str):
        cloud_provider (DatabaseInfoCreateCloudProvider): AWS, GCP or AZURE; the API accepts any casing (aws, Aws) and
            answers in upper case.
        tier (DatabaseInfoCreateTier):
        capacity_units (int):
        region (str):
        keyspace (str | Unset):
        db_type (DatabaseInfoCreateDbType | Unset):
        pcu_group_uuid (str | Unset):
    """

    name: str
    cloud_provider: DatabaseInfoCreateCloudProvider
    tier: DatabaseInfoCreateTier
    capacity_units: int
    region: str
    keyspace: str | Unset = UNSET
    db_type: DatabaseInfoCreateDbType | Unset = UNSET
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
        name = self.name

        cloud_provider = self.cloud_provider.value

        tier = self.tier.value

        capacity_units = self.capacity_units

        region = self.region

        keyspace = self.keyspace

        db_type: str | Unset = UNSET
        if not isinstance(self.db_type, Unset):
            db_type = self.db_type.value

        pcu_group_uuid = self.pcu_group_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "cloudProvider": cloud_provider,
                "tier": tier,
                "capacityUnits": capacity_units,
                "region": region,
            }
        )
        if keyspace is not UNSET:
            field_dict["keyspace"] = keyspace
        if db_type is not UNSET:
            field_dict["dbType"] = db_type
        if pcu_group_uuid is not UNSET:
            field_dict["pcuGroupUUID"] = pcu_group_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        cloud_provider = DatabaseInfoCreateCloudProvider(src_dict["cloudProvider"])

        tier = DatabaseInfoCreateTier(src_dict["tier"])

        _db_type = src_dict.get("dbType", UNSET)
        db_type = UNSET if _db_type is UNSET else DatabaseInfoCreateDbType(_db_type)

        database_info_create = object.__new__(cls)
        database_info_create._source = src_dict
        database_info_create.name = src_dict["name"]
        database_info_create.cloud_provider = cloud_provider
        database_info_create.tier = tier
        database_info_create.capacity_units = src_dict["capacityUnits"]
        database_info_create.region = src_dict["region"]
        database_info_create.keyspace = src_dict.get("keyspace", UNSET)
        database_info_create.db_type = db_type
        database_info_create.pcu_group_uuid = src_dict.get("pcuGroupUUID", UNSET)
        return database_info_create

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
