from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateLinkEndpointActivation")
_WIRE_NAMES = frozenset(
    {
        "id",
        "dateActivation",
        "dateDeactivation",
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
class PrivateLinkEndpointActivation:
    """An endpoint and when it was active (seed 003).

    Attributes:
        id (str | Unset):
        date_activation (datetime.datetime | Unset):
        date_deactivation (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    date_activation: datetime.datetime | Unset = UNSET
    date_deactivation: datetime.datetime | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_activation: str | Unset = UNSET
        if not isinstance(self.date_activation, Unset):
            date_activation = self.date_activation.isoformat()

        date_deactivation: str | Unset = UNSET
        if not isinstance(self.date_deactivation, Unset):
            date_deactivation = self.date_deactivation.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date_activation is not UNSET:
            field_dict["dateActivation"] = date_activation
        if date_deactivation is not UNSET:
            field_dict["dateDeactivation"] = date_deactivation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _date_activation = src_dict.get("dateActivation", UNSET)
        date_activation: datetime.datetime | Unset
        if isinstance(_date_activation, Unset):
            date_activation = UNSET
        else:
            date_activation = datetime.datetime.fromisoformat(_date_activation)

        _date_deactivation = src_dict.get("dateDeactivation", UNSET)
        date_deactivation: datetime.datetime | Unset
        if isinstance(_date_deactivation, Unset):
            date_deactivation = UNSET
        else:
            date_deactivation = datetime.datetime.fromisoformat(_date_deactivation)

        private_link_endpoint_activation = cls(
            src_dict.get("id", UNSET),
            date_activation,
            date_deactivation,
        )

        private_link_endpoint_activation._additional_properties = src_dict
        return private_link_endpoint_activation

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
