from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.current_month_usage_response_organizations_item_products_item_resources_item_regions_item import (
        CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItem,
    )


T = TypeVar("T", bound="CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItem")


@_attrs_define
class CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItem:
    """
    Attributes:
        resource_id (UUID | Unset):
        total_cost (str | Unset):
        currency_type (str | Unset):
        regions (list[CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItem] | Unset):
    """

    resource_id: UUID | Unset = UNSET
    total_cost: str | Unset = UNSET
    currency_type: str | Unset = UNSET
    regions: list[CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id: str | Unset = UNSET
        if not isinstance(self.resource_id, Unset):
            resource_id = str(self.resource_id)

        total_cost = self.total_cost

        currency_type = self.currency_type

        regions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.to_dict()
                regions.append(regions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if currency_type is not UNSET:
            field_dict["currencyType"] = currency_type
        if regions is not UNSET:
            field_dict["regions"] = regions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _resource_id = d.pop("resourceId", UNSET)
        resource_id: UUID | Unset
        if isinstance(_resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = UUID(_resource_id)

        total_cost = d.pop("totalCost", UNSET)

        currency_type = d.pop("currencyType", UNSET)

        _regions = d.pop("regions", UNSET)
        regions: list[CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItem] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItem.from_dict(
                    regions_item_data
                )

                regions.append(regions_item)

        current_month_usage_response_organizations_item_products_item_resources_item = cls(
            resource_id=resource_id,
            total_cost=total_cost,
            currency_type=currency_type,
            regions=regions,
        )

        current_month_usage_response_organizations_item_products_item_resources_item.additional_properties = d
        return current_month_usage_response_organizations_item_products_item_resources_item

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
from ..models.current_month_usage_response_organizations_item_products_item_resources_item_regions_item import (
    CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItem,
)
