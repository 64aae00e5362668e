from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatacenterStreamingTenant")
_WIRE_NAMES = frozenset(
    {
        "streamingClusterName",
        "streamingTenantName",
    }
)


@_attrs_define
class DatacenterStreamingTenant:
    """
    Attributes:
        streaming_cluster_name (str | Unset):
        streaming_tenant_name (str | Unset):
    """

    streaming_cluster_name: str | Unset = UNSET
    streaming_tenant_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        streaming_cluster_name = self.streaming_cluster_name

        streaming_tenant_name = self.streaming_tenant_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if streaming_cluster_name is not UNSET:
            field_dict["streamingClusterName"] = streaming_cluster_name
        if streaming_tenant_name is not UNSET:
            field_dict["streamingTenantName"] = streaming_tenant_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        datacenter_streaming_tenant = cls(
            src_dict.get("streamingClusterName", UNSET),
            src_dict.get("streamingTenantName", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            datacenter_streaming_tenant.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return datacenter_streaming_tenant

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
