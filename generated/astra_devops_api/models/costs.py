from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Costs")
_WIRE_NAMES = frozenset(
    {
        "costPerMinCents",
        "costPerHourCents",
        "costPerDayCents",
        "costPerMonthCents",
        "costPerMinParkedCents",
        "costPerHourParkedCents",
        "costPerDayParkedCents",
        "costPerMonthParkedCents",
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
class Costs:
    """
    Attributes:
        cost_per_min_cents (float | Unset):
        cost_per_hour_cents (float | Unset):
        cost_per_day_cents (float | Unset):
        cost_per_month_cents (float | Unset):
        cost_per_min_parked_cents (float | Unset):
        cost_per_hour_parked_cents (float | Unset):
        cost_per_day_parked_cents (float | Unset):
        cost_per_month_parked_cents (float | Unset):
    """

    cost_per_min_cents: float | Unset = UNSET
    cost_per_hour_cents: float | Unset = UNSET
    cost_per_day_cents: float | Unset = UNSET
    cost_per_month_cents: float | Unset = UNSET
    cost_per_min_parked_cents: float | Unset = UNSET
    cost_per_hour_parked_cents: float | Unset = UNSET
    cost_per_day_parked_cents: float | Unset = UNSET
    cost_per_month_parked_cents: float | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        cost_per_min_cents = self.cost_per_min_cents

        cost_per_hour_cents = self.cost_per_hour_cents

        cost_per_day_cents = self.cost_per_day_cents

        cost_per_month_cents = self.cost_per_month_cents

        cost_per_min_parked_cents = self.cost_per_min_parked_cents

        cost_per_hour_parked_cents = self.cost_per_hour_parked_cents

        cost_per_day_parked_cents = self.cost_per_day_parked_cents

        cost_per_month_parked_cents = self.cost_per_month_parked_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_per_min_cents is not UNSET:
            field_dict["costPerMinCents"] = cost_per_min_cents
        if cost_per_hour_cents is not UNSET:
            field_dict["costPerHourCents"] = cost_per_hour_cents
        if cost_per_day_cents is not UNSET:
            field_dict["costPerDayCents"] = cost_per_day_cents
        if cost_per_month_cents is not UNSET:
            field_dict["costPerMonthCents"] = cost_per_month_cents
        if cost_per_min_parked_cents is not UNSET:
            field_dict["costPerMinParkedCents"] = cost_per_min_parked_cents
        if cost_per_hour_parked_cents is not UNSET:
            field_dict["costPerHourParkedCents"] = cost_per_hour_parked_cents
        if cost_per_day_parked_cents is not UNSET:
            field_dict["costPerDayParkedCents"] = cost_per_day_parked_cents
        if cost_per_month_parked_cents is not UNSET:
            field_dict["costPerMonthParkedCents"] = cost_per_month_parked_cents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        costs = cls(
            src_dict.get("costPerMinCents", UNSET),
            src_dict.get("costPerHourCents", UNSET),
            src_dict.get("costPerDayCents", UNSET),
            src_dict.get("costPerMonthCents", UNSET),
            src_dict.get("costPerMinParkedCents", UNSET),
            src_dict.get("costPerHourParkedCents", UNSET),
            src_dict.get("costPerDayParkedCents", UNSET),
            src_dict.get("costPerMonthParkedCents", UNSET),
        )

        costs._additional_properties = src_dict
        return costs

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
