from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevOpsAclAddress")
_WIRE_NAMES = frozenset(
    {
        "address",
        "description",
        "enabled",
        "lastUpdateDateTime",
        "createdAt",
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
class DevOpsAclAddress:
    """
    Attributes:
        address (str | Unset):
        description (str | Unset):
        enabled (bool | Unset):
        last_update_date_time (str | Unset):
        created_at (str | Unset):
    """

    address: str | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    last_update_date_time: str | Unset = UNSET
    created_at: str | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        description = self.description

        enabled = self.enabled

        last_update_date_time = self.last_update_date_time

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if last_update_date_time is not UNSET:
            field_dict["lastUpdateDateTime"] = last_update_date_time
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        dev_ops_acl_address = cls(
            src_dict.get("address", UNSET),
            src_dict.get("description", UNSET),
            src_dict.get("enabled", UNSET),
            src_dict.get("lastUpdateDateTime", UNSET),
            src_dict.get("createdAt", UNSET),
        )

        dev_ops_acl_address._additional_properties = src_dict
        return dev_ops_acl_address

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
