from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")
_WIRE_NAMES = frozenset(
    {
        "ID",
        "message",
        "description",
        "internalCode",
        "internalTxId",
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
class Error:
    """
    Attributes:
        id (int | Unset):
        message (str | Unset):
        description (str | Unset):
        internal_code (str | Unset):
        internal_tx_id (str | Unset):
    """

    id: int | Unset = UNSET
    message: str | Unset = UNSET
    description: str | Unset = UNSET
    internal_code: str | Unset = UNSET
    internal_tx_id: str | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        description = self.description

        internal_code = self.internal_code

        internal_tx_id = self.internal_tx_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if description is not UNSET:
            field_dict["description"] = description
        if internal_code is not UNSET:
            field_dict["internalCode"] = internal_code
        if internal_tx_id is not UNSET:
            field_dict["internalTxId"] = internal_tx_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        error = cls(
            src_dict.get("ID", UNSET),
            src_dict.get("message", UNSET),
            src_dict.get("description", UNSET),
            src_dict.get("internalCode", UNSET),
            src_dict.get("internalTxId", UNSET),
        )

        error._additional_properties = src_dict
        return error

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
