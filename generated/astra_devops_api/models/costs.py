from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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
class Costs(_Sourced):
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
        costs = object.__new__(cls)
        costs._source = src_dict
        costs.cost_per_min_cents = src_dict.get("costPerMinCents", UNSET)
        costs.cost_per_hour_cents = src_dict.get("costPerHourCents", UNSET)
        costs.cost_per_day_cents = src_dict.get("costPerDayCents", UNSET)
        costs.cost_per_month_cents = src_dict.get("costPerMonthCents", UNSET)
        costs.cost_per_min_parked_cents = src_dict.get("costPerMinParkedCents", UNSET)
        costs.cost_per_hour_parked_cents = src_dict.get("costPerHourParkedCents", UNSET)
        costs.cost_per_day_parked_cents = src_dict.get("costPerDayParkedCents", UNSET)
        costs.cost_per_month_parked_cents = src_dict.get("costPerMonthParkedCents", UNSET)
        return costs

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
