from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.costs import Costs


T = TypeVar("T", bound="RegionCombination")


@_attrs_define
class RegionCombination:
    """
    Attributes:
        tier (str):
        cloud_provider (str):
        region (str):
        cost (Costs):
    """

    tier: str
    cloud_provider: str
    region: str
    cost: Costs
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier = self.tier

        cloud_provider = self.cloud_provider

        region = self.region

        cost = self.cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tier": tier,
                "cloudProvider": cloud_provider,
                "region": region,
                "cost": cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tier = d.pop("tier")

        cloud_provider = d.pop("cloudProvider")

        region = d.pop("region")

        cost = Costs.from_dict(d.pop("cost"))

        region_combination = cls(
            tier=tier,
            cloud_provider=cloud_provider,
            region=region,
            cost=cost,
        )

        region_combination.additional_properties = d
        return region_combination

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
