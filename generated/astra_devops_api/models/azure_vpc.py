from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AzureVPC")
_WIRE_NAMES = frozenset(
    {
        "tenantId",
        "subscriptionId",
        "resourceGroupName",
        "virtualNetworkName",
    }
)


@_attrs_define
class AzureVPC:
    """
    Attributes:
        tenant_id (str):
        subscription_id (str):
        resource_group_name (str):
        virtual_network_name (str):
    """

    tenant_id: str
    subscription_id: str
    resource_group_name: str
    virtual_network_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        subscription_id = self.subscription_id

        resource_group_name = self.resource_group_name

        virtual_network_name = self.virtual_network_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "subscriptionId": subscription_id,
                "resourceGroupName": resource_group_name,
                "virtualNetworkName": virtual_network_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        azure_vpc = cls(
            src_dict["tenantId"],
            src_dict["subscriptionId"],
            src_dict["resourceGroupName"],
            src_dict["virtualNetworkName"],
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            azure_vpc.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return azure_vpc

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
