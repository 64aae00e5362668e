from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressResponse")
_WIRE_NAMES = frozenset(
    {
        "address",
        "enabled",
        "description",
        "lastUpdateDateTime",
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
class AddressResponse:
    """
    Attributes:
        address (str | Unset):
        enabled (bool | Unset):
        description (str | Unset):
        last_update_date_time (datetime.datetime | Unset): When the entry last changed. RFC 3339; also sent in Go's
            default layout (`2006-01-02 15:04:05.000 -0700 MST`), which a client normalises to RFC 3339 first.
    """

    address: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    description: str | Unset = UNSET
    last_update_date_time: datetime.datetime | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        enabled = self.enabled

        description = self.description

        last_update_date_time: str | Unset = UNSET
        if not isinstance(self.last_update_date_time, Unset):
            last_update_date_time = self.last_update_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if description is not UNSET:
            field_dict["description"] = description
        if last_update_date_time is not UNSET:
            field_dict["lastUpdateDateTime"] = last_update_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _last_update_date_time = src_dict.get("lastUpdateDateTime", UNSET)
        last_update_date_time: datetime.datetime | Unset
        if isinstance(_last_update_date_time, Unset):
            last_update_date_time = UNSET
        else:
            last_update_date_time = datetime.datetime.fromisoformat(_last_update_date_time)

        address_response = cls(
            src_dict.get("address", UNSET),
            src_dict.get("enabled", UNSET),
            src_dict.get("description", UNSET),
            last_update_date_time,
        )

        address_response._additional_properties = src_dict
        return address_response

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
