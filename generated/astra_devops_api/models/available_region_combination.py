from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.costs import Costs


T = TypeVar("T", bound="AvailableRegionCombination")
_WIRE_NAMES = frozenset(
    {
        "tier",
        "cloudProvider",
        "region",
        "cost",
        "databaseCountUsed",
        "databaseCountLimit",
        "capacityUnitsUsed",
        "capacityUnitsLimit",
        "defaultStoragePerCapacityUnitGb",
    }
)


def _build_cost(source: Mapping[str, Any]) -> Costs:
    return Costs.from_dict(source["cost"])


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "cost": _build_cost,
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class AvailableRegionCombination(_Sourced):
    """
    Attributes:
        tier (str):
        cloud_provider (str):
        region (str):
        cost (Costs):
        database_count_used (int):
        database_count_limit (int):
        capacity_units_used (int):
        capacity_units_limit (int):
        default_storage_per_capacity_unit_gb (int):
    """

    tier: str
    cloud_provider: str
    region: str
    cost: Costs
    database_count_used: int
    database_count_limit: int
    capacity_units_used: int
    capacity_units_limit: int
    default_storage_per_capacity_unit_gb: int
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
        tier = self.tier

        cloud_provider = self.cloud_provider

        region = self.region

        cost = self.cost.to_dict()

        database_count_used = self.database_count_used

        database_count_limit = self.database_count_limit

        capacity_units_used = self.capacity_units_used

        capacity_units_limit = self.capacity_units_limit

        default_storage_per_capacity_unit_gb = self.default_storage_per_capacity_unit_gb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tier": tier,
                "cloudProvider": cloud_provider,
                "region": region,
                "cost": cost,
                "databaseCountUsed": database_count_used,
                "databaseCountLimit": database_count_limit,
                "capacityUnitsUsed": capacity_units_used,
                "capacityUnitsLimit": capacity_units_limit,
                "defaultStoragePerCapacityUnitGb": default_storage_per_capacity_unit_gb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _cost = src_dict["cost"]

        available_region_combination = object.__new__(cls)
        available_region_combination._source = src_dict
        available_region_combination.tier = src_dict["tier"]
        available_region_combination.cloud_provider = src_dict["cloudProvider"]
        available_region_combination.region = src_dict["region"]
        if type(_cost) is not dict:
            available_region_combination.cost = Costs.from_dict(_cost)
        available_region_combination.database_count_used = src_dict["databaseCountUsed"]
        available_region_combination.database_count_limit = src_dict["databaseCountLimit"]
        available_region_combination.capacity_units_used = src_dict["capacityUnitsUsed"]
        available_region_combination.capacity_units_limit = src_dict["capacityUnitsLimit"]
        available_region_combination.default_storage_per_capacity_unit_gb = src_dict["defaultStoragePerCapacityUnitGb"]
        return available_region_combination

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
from ..models.costs import Costs
