from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.current_month_usage_response_organizations_item_products_item import (
        CurrentMonthUsageResponseOrganizationsItemProductsItem,
    )


T = TypeVar("T", bound="CurrentMonthUsageResponseOrganizationsItem")


@_attrs_define
class CurrentMonthUsageResponseOrganizationsItem:
    """
    Attributes:
        organization_id (UUID | Unset):
        total_cost (str | Unset):
        currency_type (str | Unset):
        products (list[CurrentMonthUsageResponseOrganizationsItemProductsItem] | Unset):
    """

    organization_id: UUID | Unset = UNSET
    total_cost: str | Unset = UNSET
    currency_type: str | Unset = UNSET
    products: list[CurrentMonthUsageResponseOrganizationsItemProductsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id: str | Unset = UNSET
        if not isinstance(self.organization_id, Unset):
            organization_id = str(self.organization_id)

        total_cost = self.total_cost

        currency_type = self.currency_type

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if currency_type is not UNSET:
            field_dict["currencyType"] = currency_type
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _organization_id = d.pop("organizationId", UNSET)
        organization_id: UUID | Unset
        if isinstance(_organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = UUID(_organization_id)

        total_cost = d.pop("totalCost", UNSET)

        currency_type = d.pop("currencyType", UNSET)

        _products = d.pop("products", UNSET)
        products: list[CurrentMonthUsageResponseOrganizationsItemProductsItem] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = CurrentMonthUsageResponseOrganizationsItemProductsItem.from_dict(products_item_data)

                products.append(products_item)

        current_month_usage_response_organizations_item = cls(
            organization_id=organization_id,
            total_cost=total_cost,
            currency_type=currency_type,
            products=products,
        )

        current_month_usage_response_organizations_item.additional_properties = d
        return current_month_usage_response_organizations_item

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
from ..models.current_month_usage_response_organizations_item_products_item import (
    CurrentMonthUsageResponseOrganizationsItemProductsItem,
)
