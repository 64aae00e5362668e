from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.current_month_organization_usage_request_organizations_item_products_item import (
        CurrentMonthOrganizationUsageRequestOrganizationsItemProductsItem,
    )


T = TypeVar("T", bound="CurrentMonthOrganizationUsageRequestOrganizationsItem")


@_attrs_define
class CurrentMonthOrganizationUsageRequestOrganizationsItem:
    """
    Attributes:
        org_id (UUID):
        products (list[CurrentMonthOrganizationUsageRequestOrganizationsItemProductsItem] | Unset):
    """

    org_id: UUID
    products: list[CurrentMonthOrganizationUsageRequestOrganizationsItemProductsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = str(self.org_id)

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgId": org_id,
            }
        )
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        org_id = UUID(d.pop("orgId"))

        _products = d.pop("products", UNSET)
        products: list[CurrentMonthOrganizationUsageRequestOrganizationsItemProductsItem] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = CurrentMonthOrganizationUsageRequestOrganizationsItemProductsItem.from_dict(
                    products_item_data
                )

                products.append(products_item)

        current_month_organization_usage_request_organizations_item = cls(
            org_id=org_id,
            products=products,
        )

        current_month_organization_usage_request_organizations_item.additional_properties = d
        return current_month_organization_usage_request_organizations_item

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
from ..models.current_month_organization_usage_request_organizations_item_products_item import (
    CurrentMonthOrganizationUsageRequestOrganizationsItemProductsItem,
)
