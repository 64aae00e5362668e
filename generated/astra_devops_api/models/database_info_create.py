from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.database_info_create_cloud_provider import DatabaseInfoCreateCloudProvider
from ..models.database_info_create_db_type import DatabaseInfoCreateDbType
from ..models.database_info_create_tier import DatabaseInfoCreateTier
from ..types import UNSET, Unset

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
class DatabaseInfoCreate:
    """
    Attributes:
        name (str):
        cloud_provider (DatabaseInfoCreateCloudProvider):
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
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

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
        db_type: DatabaseInfoCreateDbType | Unset
        if isinstance(_db_type, Unset):
            db_type = UNSET
        else:
            db_type = DatabaseInfoCreateDbType(_db_type)

        database_info_create = cls(
            src_dict["name"],
            cloud_provider,
            tier,
            src_dict["capacityUnits"],
            src_dict["region"],
            src_dict.get("keyspace", UNSET),
            db_type,
            src_dict.get("pcuGroupUUID", UNSET),
        )

        database_info_create._additional_properties = src_dict
        return database_info_create

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
