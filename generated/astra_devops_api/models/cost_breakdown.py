from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CostBreakdown")
_WIRE_NAMES = frozenset(
    {
        "orgId",
        "clusterID",
        "region",
        "cost",
    }
)


@_attrs_define
class CostBreakdown:
    """
    Attributes:
        org_id (str):
        cluster_id (str):
        region (str):
        cost (str): A decimal number sent as a string (seed 001).
    """

    org_id: str
    cluster_id: str
    region: str
    cost: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        cluster_id = self.cluster_id

        region = self.region

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgId": org_id,
                "clusterID": cluster_id,
                "region": region,
                "cost": cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        cost_breakdown = cls(
            src_dict["orgId"],
            src_dict["clusterID"],
            src_dict["region"],
            src_dict["cost"],
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            cost_breakdown.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return cost_breakdown

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
