from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetCDCResponseRegionsItem")
_WIRE_NAMES = frozenset(
    {
        "datacenterID",
        "datacenterRegion",
        "streamingClusterName",
        "streamingTenantName",
    }
)


@_attrs_define
class GetCDCResponseRegionsItem:
    """
    Attributes:
        datacenter_id (str):
        datacenter_region (str):
        streaming_cluster_name (str):
        streaming_tenant_name (str):
    """

    datacenter_id: str
    datacenter_region: str
    streaming_cluster_name: str
    streaming_tenant_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datacenter_id = self.datacenter_id

        datacenter_region = self.datacenter_region

        streaming_cluster_name = self.streaming_cluster_name

        streaming_tenant_name = self.streaming_tenant_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datacenterID": datacenter_id,
                "datacenterRegion": datacenter_region,
                "streamingClusterName": streaming_cluster_name,
                "streamingTenantName": streaming_tenant_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get_cdc_response_regions_item = cls(
            src_dict["datacenterID"],
            src_dict["datacenterRegion"],
            src_dict["streamingClusterName"],
            src_dict["streamingTenantName"],
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            get_cdc_response_regions_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return get_cdc_response_regions_item

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
