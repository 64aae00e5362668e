from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItemUsageTypesItem")


@_attrs_define
class CurrentMonthUsageResponseOrganizationsItemProductsItemResourcesItemRegionsItemUsageTypesItem:
    """
    Attributes:
        type_ (str | Unset):
        usage (str | Unset):
        usage_unit (str | Unset):
        unit_conversion (str | Unset):
        amount (str | Unset):
        calculated_cost (str | Unset):
        currency_type (str | Unset):
    """

    type_: str | Unset = UNSET
    usage: str | Unset = UNSET
    usage_unit: str | Unset = UNSET
    unit_conversion: str | Unset = UNSET
    amount: str | Unset = UNSET
    calculated_cost: str | Unset = UNSET
    currency_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        usage = self.usage

        usage_unit = self.usage_unit

        unit_conversion = self.unit_conversion

        amount = self.amount

        calculated_cost = self.calculated_cost

        currency_type = self.currency_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if usage is not UNSET:
            field_dict["usage"] = usage
        if usage_unit is not UNSET:
            field_dict["usageUnit"] = usage_unit
        if unit_conversion is not UNSET:
            field_dict["unitConversion"] = unit_conversion
        if amount is not UNSET:
            field_dict["amount"] = amount
        if calculated_cost is not UNSET:
            field_dict["calculatedCost"] = calculated_cost
        if currency_type is not UNSET:
            field_dict["currencyType"] = currency_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        usage = d.pop("usage", UNSET)

        usage_unit = d.pop("usageUnit", UNSET)

        unit_conversion = d.pop("unitConversion", UNSET)

        amount = d.pop("amount", UNSET)

        calculated_cost = d.pop("calculatedCost", UNSET)

        currency_type = d.pop("currencyType", UNSET)

        current_month_usage_response_organizations_item_products_item_resources_item_regions_item_usage_types_item = (
            cls(
                type_=type_,
                usage=usage,
                usage_unit=usage_unit,
                unit_conversion=unit_conversion,
                amount=amount,
                calculated_cost=calculated_cost,
                currency_type=currency_type,
            )
        )

        current_month_usage_response_organizations_item_products_item_resources_item_regions_item_usage_types_item.additional_properties = d
        return (
            current_month_usage_response_organizations_item_products_item_resources_item_regions_item_usage_types_item
        )

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
