from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentMonthOrganizationUsageRequestOrganizationsItemProductsItem")


@_attrs_define
class CurrentMonthOrganizationUsageRequestOrganizationsItemProductsItem:
    """
    Attributes:
        product_name (str | Unset):
        resource_ids (list[UUID] | Unset):
    """

    product_name: str | Unset = UNSET
    resource_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_name = self.product_name

        resource_ids: list[str] | Unset = UNSET
        if not isinstance(self.resource_ids, Unset):
            resource_ids = []
            for resource_ids_item_data in self.resource_ids:
                resource_ids_item = str(resource_ids_item_data)
                resource_ids.append(resource_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if resource_ids is not UNSET:
            field_dict["resourceIds"] = resource_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_name = d.pop("productName", UNSET)

        _resource_ids = d.pop("resourceIds", UNSET)
        resource_ids: list[UUID] | Unset = UNSET
        if _resource_ids is not UNSET:
            resource_ids = []
            for resource_ids_item_data in _resource_ids:
                resource_ids_item = UUID(resource_ids_item_data)

                resource_ids.append(resource_ids_item)

        current_month_organization_usage_request_organizations_item_products_item = cls(
            product_name=product_name,
            resource_ids=resource_ids,
        )

        current_month_organization_usage_request_organizations_item_products_item.additional_properties = d
        return current_month_organization_usage_request_organizations_item_products_item

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
