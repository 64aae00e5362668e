from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_info import DatabaseInfo
    from ..models.storage import Storage


T = TypeVar("T", bound="Database")
_STATUS_VALUES: dict[str, StatusEnum] = {member.value: member for member in StatusEnum}
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
class Database:
    """
    Attributes:
        id (str):
        org_id (str):
        owner_id (str):
        info (DatabaseInfo):
        status (StatusEnum | str):
        creation_time (str | Unset):
        termination_time (str | Unset):
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
    status: StatusEnum | str
    creation_time: str | Unset = UNSET
    termination_time: str | Unset = UNSET
    storage: Storage | Unset = UNSET
    available_actions: list[str] | Unset = UNSET
    message: str | Unset = UNSET
    grafana_url: str | Unset = UNSET
    cqlsh_url: str | Unset = UNSET
    graphql_url: str | Unset = UNSET
    data_endpoint_url: str | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        owner_id = self.owner_id

        info = self.info.to_dict()

        status: str
        if isinstance(self.status, StatusEnum):
            status = self.status.value
        else:
            status = self.status

        creation_time = self.creation_time

        termination_time = self.termination_time

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
        info = DatabaseInfo.from_dict(src_dict["info"])

        _status = src_dict["status"]
        status = _STATUS_VALUES.get(_status, _status) if isinstance(_status, str) else _status

        _storage = src_dict.get("storage", UNSET)
        storage: Storage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = Storage.from_dict(_storage)

        database = cls(
            src_dict["id"],
            src_dict["orgId"],
            src_dict["ownerId"],
            info,
            status,
            src_dict.get("creationTime", UNSET),
            src_dict.get("terminationTime", UNSET),
            storage,
            src_dict.get("availableActions", UNSET),
            src_dict.get("message", UNSET),
            src_dict.get("grafanaUrl", UNSET),
            src_dict.get("cqlshUrl", UNSET),
            src_dict.get("graphqlUrl", UNSET),
            src_dict.get("dataEndpointUrl", UNSET),
        )

        database._additional_properties = src_dict
        return database

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


# Imported once, after the class, rather than on every call: models may refer to each other in cycles.
from ..models.database_info import DatabaseInfo
from ..models.storage import Storage
