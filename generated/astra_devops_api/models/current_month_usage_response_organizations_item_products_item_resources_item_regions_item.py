from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.current_month_usage_response_organizations_item_products_item_resources_item_regions_item_usage_types_item import (
        CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItemUsageTypesItem,
    )


T = TypeVar("T", bound="CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItem")


@_attrs_define
class CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItem:
    """
    Attributes:
        region_name (str | Unset):
        total_cost (str | Unset):
        currency_type (str | Unset):
        usage_types (list[CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItemUsageTypesItem]
            | Unset):
    """

    region_name: str | Unset = UNSET
    total_cost: str | Unset = UNSET
    currency_type: str | Unset = UNSET
    usage_types: (
        list[CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItemUsageTypesItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_name = self.region_name

        total_cost = self.total_cost

        currency_type = self.currency_type

        usage_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usage_types, Unset):
            usage_types = []
            for usage_types_item_data in self.usage_types:
                usage_types_item = usage_types_item_data.to_dict()
                usage_types.append(usage_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region_name is not UNSET:
            field_dict["regionName"] = region_name
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if currency_type is not UNSET:
            field_dict["currencyType"] = currency_type
        if usage_types is not UNSET:
            field_dict["usageTypes"] = usage_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        region_name = d.pop("regionName", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        currency_type = d.pop("currencyType", UNSET)

        _usage_types = d.pop("usageTypes", UNSET)
        usage_types: (
            list[CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItemUsageTypesItem] | Unset
        ) = UNSET
        if _usage_types is not UNSET:
            usage_types = []
            for usage_types_item_data in _usage_types:
                usage_types_item = CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItemUsageTypesItem.from_dict(
                    usage_types_item_data
                )

                usage_types.append(usage_types_item)

        current_month_usage_response_organizations_item_products_item_resources_item_regions_item = cls(
            region_name=region_name,
            total_cost=total_cost,
            currency_type=currency_type,
            usage_types=usage_types,
        )

        current_month_usage_response_organizations_item_products_item_resources_item_regions_item.additional_properties = d
        return current_month_usage_response_organizations_item_products_item_resources_item_regions_item

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
from ..models.current_month_usage_response_organizations_item_products_item_resources_item_regions_item_usage_types_item import (
    CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItemUsageTypesItem,
)
