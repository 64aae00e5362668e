from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.current_month_usage_response_organizations_item import (
        CurrentMonthUsageResponseOrganizationsItem,
    )


T = TypeVar("T", bound="CurrentMonthUsageResponse")


@_attrs_define
class CurrentMonthUsageResponse:
    """
    Attributes:
        total_cost (str):
        currency_type (str):
        organizations (list[CurrentMonthUsageResponseOrganizationsItem]):
        credits_info (str | Unset):
        total (str | Unset):
        consumed (str | Unset):
        remaining (str | Unset):
    """

    total_cost: str
    currency_type: str
    organizations: list[CurrentMonthUsageResponseOrganizationsItem]
    credits_info: str | Unset = UNSET
    total: str | Unset = UNSET
    consumed: str | Unset = UNSET
    remaining: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cost = self.total_cost

        currency_type = self.currency_type

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        credits_info = self.credits_info

        total = self.total

        consumed = self.consumed

        remaining = self.remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCost": total_cost,
                "currencyType": currency_type,
                "organizations": organizations,
            }
        )
        if credits_info is not UNSET:
            field_dict["creditsInfo"] = credits_info
        if total is not UNSET:
            field_dict["total"] = total
        if consumed is not UNSET:
            field_dict["consumed"] = consumed
        if remaining is not UNSET:
            field_dict["remaining"] = remaining

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_cost = d.pop("totalCost")

        currency_type = d.pop("currencyType")

        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in _organizations:
            organizations_item = CurrentMonthUsageResponseOrganizationsItem.from_dict(organizations_item_data)

            organizations.append(organizations_item)

        credits_info = d.pop("creditsInfo", UNSET)

        total = d.pop("total", UNSET)

        consumed = d.pop("consumed", UNSET)

        remaining = d.pop("remaining", UNSET)

        current_month_usage_response = cls(
            total_cost=total_cost,
            currency_type=currency_type,
            organizations=organizations,
            credits_info=credits_info,
            total=total,
            consumed=consumed,
            remaining=remaining,
        )

        current_month_usage_response.additional_properties = d
        return current_month_usage_response

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
from ..models.current_month_usage_response_organizations_item import (
    CurrentMonthUsageResponseOrganizationsItem,
)
