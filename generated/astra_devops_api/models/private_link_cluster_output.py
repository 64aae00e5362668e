from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.private_link_datacenter_output import PrivateLinkDatacenterOutput
    from ..models.private_link_endpoint_activation import PrivateLinkEndpointActivation


T = TypeVar("T", bound="PrivateLinkClusterOutput")
_WIRE_NAMES = frozenset(
    {
        "clusterID",
        "datacenters",
        "databaseID",
        "provider",
        "region",
        "description",
        "organizationId",
        "datacenterID",
        "endpoints",
    }
)


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class PrivateLinkClusterOutput(_Sourced):
    """
    Attributes:
        cluster_id (str | Unset):
        datacenters (list[PrivateLinkDatacenterOutput] | Unset):
        database_id (str | Unset):
        provider (str | Unset):
        region (str | Unset):
        description (str | Unset):
        organization_id (str | Unset):
        datacenter_id (str | Unset):
        endpoints (list[PrivateLinkEndpointActivation] | Unset):
    """

    cluster_id: str | Unset = UNSET
    datacenters: list[PrivateLinkDatacenterOutput] | Unset = UNSET
    database_id: str | Unset = UNSET
    provider: str | Unset = UNSET
    region: str | Unset = UNSET
    description: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    datacenter_id: str | Unset = UNSET
    endpoints: list[PrivateLinkEndpointActivation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """A part `from_dict` left to first use, built from the decoded source and kept in its slot."""
            build = _LAZY.get(name)
            source = getattr(self, "_source", None) if build else None
            if build is None or source is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            value = build(source)
            setattr(self, name, value)
            return value

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        datacenters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datacenters, Unset):
            datacenters = []
            for datacenters_item_data in self.datacenters:
                datacenters_item = datacenters_item_data.to_dict()
                datacenters.append(datacenters_item)

        database_id = self.database_id

        provider = self.provider

        region = self.region

        description = self.description

        organization_id = self.organization_id

        datacenter_id = self.datacenter_id

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterID"] = cluster_id
        if datacenters is not UNSET:
            field_dict["datacenters"] = datacenters
        if database_id is not UNSET:
            field_dict["databaseID"] = database_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if region is not UNSET:
            field_dict["region"] = region
        if description is not UNSET:
            field_dict["description"] = description
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if datacenter_id is not UNSET:
            field_dict["datacenterID"] = datacenter_id
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _datacenters = src_dict.get("datacenters", UNSET)
        datacenters: list[PrivateLinkDatacenterOutput] | Unset = UNSET
        if _datacenters is not UNSET:
            datacenters = []
            for datacenters_item_data in _datacenters:
                datacenters_item = PrivateLinkDatacenterOutput.from_dict(datacenters_item_data)

                datacenters.append(datacenters_item)

        _endpoints = src_dict.get("endpoints", UNSET)
        endpoints: list[PrivateLinkEndpointActivation] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = PrivateLinkEndpointActivation.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        private_link_cluster_output = object.__new__(cls)
        private_link_cluster_output._source = src_dict
        private_link_cluster_output.cluster_id = src_dict.get("clusterID", UNSET)
        private_link_cluster_output.datacenters = datacenters
        private_link_cluster_output.database_id = src_dict.get("databaseID", UNSET)
        private_link_cluster_output.provider = src_dict.get("provider", UNSET)
        private_link_cluster_output.region = src_dict.get("region", UNSET)
        private_link_cluster_output.description = src_dict.get("description", UNSET)
        private_link_cluster_output.organization_id = src_dict.get("organizationId", UNSET)
        private_link_cluster_output.datacenter_id = src_dict.get("datacenterID", UNSET)
        private_link_cluster_output.endpoints = endpoints
        return private_link_cluster_output

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
from ..models.private_link_datacenter_output import PrivateLinkDatacenterOutput
from ..models.private_link_endpoint_activation import PrivateLinkEndpointActivation
