from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.database_info import DatabaseInfo
    from ..models.storage import Storage


T = TypeVar("T", bound="Database")
_datetime_from_iso = datetime.datetime.fromisoformat
_WIRE_NAMES = frozenset(
    {
        "id",
        "orgId",
        "ownerId",
        "info",
        "status",
        "creationTime",
        "terminationTime",
        "storage",
        "availableActions",
        "message",
        "grafanaUrl",
        "cqlshUrl",
        "graphqlUrl",
        "dataEndpointUrl",
    }
)


def _build_info(source: Mapping[str, Any]) -> DatabaseInfo:
    return DatabaseInfo.from_dict(source["info"])


def _build_storage(source: Mapping[str, Any]) -> Storage:
    return Storage.from_dict(source["storage"])


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "info": _build_info,
    "storage": _build_storage,
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class Database(_Sourced):
    """
    Attributes:
        id (str):
        org_id (str):
        owner_id (str):
        info (DatabaseInfo):
        status (str): The database's state. Known values: ACTIVE, PENDING, PREPARING, PREPARED, INITIALIZING, PARKED,
            PARKING, UNPARKING, TERMINATED, TERMINATING, RESIZING, ERROR, MAINTENANCE, SUSPENDED, SUSPENDING, UNKNOWN; other
            states (HIBERNATED, ASSOCIATING, RESUMING, DEGRADED have been seen) may appear and must be accepted.
        creation_time (datetime.datetime | Unset):
        termination_time (datetime.datetime | Unset):
        storage (Storage | Unset):
        available_actions (list[str] | Unset):
        message (str | Unset):
        grafana_url (str | Unset):
        cqlsh_url (str | Unset):
        graphql_url (str | Unset):
        data_endpoint_url (str | Unset):
    """

    id: str
    org_id: str
    owner_id: str
    info: DatabaseInfo
    status: str
    creation_time: datetime.datetime | Unset = UNSET
    termination_time: datetime.datetime | Unset = UNSET
    storage: Storage | Unset = UNSET
    available_actions: list[str] | Unset = UNSET
    message: str | Unset = UNSET
    grafana_url: str | Unset = UNSET
    cqlsh_url: str | Unset = UNSET
    graphql_url: str | Unset = UNSET
    data_endpoint_url: str | Unset = UNSET
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
        id = self.id

        org_id = self.org_id

        owner_id = self.owner_id

        info = self.info.to_dict()

        status = self.status

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        termination_time: str | Unset = UNSET
        if not isinstance(self.termination_time, Unset):
            termination_time = self.termination_time.isoformat()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        available_actions: list[str] | Unset = UNSET
        if not isinstance(self.available_actions, Unset):
            available_actions = self.available_actions

        message = self.message

        grafana_url = self.grafana_url

        cqlsh_url = self.cqlsh_url

        graphql_url = self.graphql_url

        data_endpoint_url = self.data_endpoint_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orgId": org_id,
                "ownerId": owner_id,
                "info": info,
                "status": status,
            }
        )
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if termination_time is not UNSET:
            field_dict["terminationTime"] = termination_time
        if storage is not UNSET:
            field_dict["storage"] = storage
        if available_actions is not UNSET:
            field_dict["availableActions"] = available_actions
        if message is not UNSET:
            field_dict["message"] = message
        if grafana_url is not UNSET:
            field_dict["grafanaUrl"] = grafana_url
        if cqlsh_url is not UNSET:
            field_dict["cqlshUrl"] = cqlsh_url
        if graphql_url is not UNSET:
            field_dict["graphqlUrl"] = graphql_url
        if data_endpoint_url is not UNSET:
            field_dict["dataEndpointUrl"] = data_endpoint_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _info = src_dict["info"]

        _creation_time = src_dict.get("creationTime", UNSET)
        creation_time = UNSET if _creation_time is UNSET else _datetime_from_iso(_creation_time)

        _termination_time = src_dict.get("terminationTime", UNSET)
        termination_time = UNSET if _termination_time is UNSET else _datetime_from_iso(_termination_time)

        _storage = src_dict.get("storage", UNSET)

        database = object.__new__(cls)
        database._source = src_dict
        database.id = src_dict["id"]
        database.org_id = src_dict["orgId"]
        database.owner_id = src_dict["ownerId"]
        if type(_info) is not dict or "name" not in _info:
            database.info = DatabaseInfo.from_dict(_info)
        database.status = src_dict["status"]
        database.creation_time = creation_time
        database.termination_time = termination_time
        if _storage is UNSET:
            database.storage = UNSET
        elif (
            type(_storage) is not dict
            or "nodeCount" not in _storage
            or "replicationFactor" not in _storage
            or "totalStorage" not in _storage
        ):
            database.storage = Storage.from_dict(_storage)
        database.available_actions = src_dict.get("availableActions", UNSET)
        database.message = src_dict.get("message", UNSET)
        database.grafana_url = src_dict.get("grafanaUrl", UNSET)
        database.cqlsh_url = src_dict.get("cqlshUrl", UNSET)
        database.graphql_url = src_dict.get("graphqlUrl", UNSET)
        database.data_endpoint_url = src_dict.get("dataEndpointUrl", UNSET)
        return database

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


# Imported once, after the class, rather than on every call: models may refer to each other in cycles.
from ..models.database_info import DatabaseInfo
from ..models.storage import Storage
