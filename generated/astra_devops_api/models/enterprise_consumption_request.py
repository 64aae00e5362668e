from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterpriseConsumptionRequest")
_WIRE_NAMES = frozenset(
    {
        "fromDate",
        "toDate",
        "resourceIDs",
        "orgIDs",
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
class EnterpriseConsumptionRequest:
    """
    Attributes:
        from_date (str | Unset):
        to_date (str | Unset):
        resource_i_ds (list[str] | Unset):
        org_i_ds (list[str] | Unset):
    """

    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    resource_i_ds: list[str] | Unset = UNSET
    org_i_ds: list[str] | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        from_date = self.from_date

        to_date = self.to_date

        resource_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.resource_i_ds, Unset):
            resource_i_ds = self.resource_i_ds

        org_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.org_i_ds, Unset):
            org_i_ds = self.org_i_ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET:
            field_dict["toDate"] = to_date
        if resource_i_ds is not UNSET:
            field_dict["resourceIDs"] = resource_i_ds
        if org_i_ds is not UNSET:
            field_dict["orgIDs"] = org_i_ds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        enterprise_consumption_request = cls(
            src_dict.get("fromDate", UNSET),
            src_dict.get("toDate", UNSET),
            src_dict.get("resourceIDs", UNSET),
            src_dict.get("orgIDs", UNSET),
        )

        enterprise_consumption_request._additional_properties = src_dict
        return enterprise_consumption_request

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
