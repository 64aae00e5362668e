from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.current_month_usage_response_organizations_item_products_item_resources_item import (
        CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItem,
    )


T = TypeVar("T", bound="CurrentMonthUsageResponseOrganizationsItemProductsItem")


@_attrs_define
class CurrentMonthUsageResponseOrganizationsItemProductsItem:
    """
    Attributes:
        product_name (str | Unset):
        total_cost (str | Unset):
        currency_type (str | Unset):
        resources (list[CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItem] | Unset):
    """

    product_name: str | Unset = UNSET
    total_cost: str | Unset = UNSET
    currency_type: str | Unset = UNSET
    resources: list[CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_name = self.product_name

        total_cost = self.total_cost

        currency_type = self.currency_type

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if currency_type is not UNSET:
            field_dict["currencyType"] = currency_type
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_name = d.pop("productName", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        currency_type = d.pop("currencyType", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: list[CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItem] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItem.from_dict(
                    resources_item_data
                )

                resources.append(resources_item)

        current_month_usage_response_organizations_item_products_item = cls(
            product_name=product_name,
            total_cost=total_cost,
            currency_type=currency_type,
            resources=resources,
        )

        current_month_usage_response_organizations_item_products_item.additional_properties = d
        return current_month_usage_response_organizations_item_products_item

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
from ..models.current_month_usage_response_organizations_item_products_item_resources_item import (
    CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItem,
)
