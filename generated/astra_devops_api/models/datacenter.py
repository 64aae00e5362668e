from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.datacenter_region_classification import DatacenterRegionClassification
from ..models.datacenter_region_zone import DatacenterRegionZone
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.datacenter_streaming_tenant import DatacenterStreamingTenant


T = TypeVar("T", bound="Datacenter")
_WIRE_NAMES = frozenset(
    {
        "id",
        "name",
        "tier",
        "cloudProvider",
        "region",
        "status",
        "regionZone",
        "regionClassification",
        "capacityUnits",
        "grafanaUrl",
        "cqlshUrl",
        "graphqlUrl",
        "dataEndpointUrl",
        "secureBundleUrl",
        "secureBundleInternalUrl",
        "secureBundleMigrationProxyUrl",
        "secureBundleMigrationProxyInternalUrl",
        "streamingTenant",
        "pcuGroupUUID",
        "studioUrl",
    }
)


def _build_streaming_tenant(source: Mapping[str, Any]) -> DatacenterStreamingTenant:
    return DatacenterStreamingTenant.from_dict(source["streamingTenant"])


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "streaming_tenant": _build_streaming_tenant,
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class Datacenter(_Sourced):
    """A datacenter (region) of a database, as list answers send it.

    Attributes:
        id (str):
        name (str):
        tier (str):
        cloud_provider (str):
        region (str):
        status (str | Unset):
        region_zone (DatacenterRegionZone | Unset):
        region_classification (DatacenterRegionClassification | Unset):
        capacity_units (int | Unset):
        grafana_url (str | Unset):
        cqlsh_url (str | Unset):
        graphql_url (str | Unset):
        data_endpoint_url (str | Unset):
        secure_bundle_url (str | Unset):
        secure_bundle_internal_url (str | Unset):
        secure_bundle_migration_proxy_url (str | Unset):
        secure_bundle_migration_proxy_internal_url (str | Unset):
        streaming_tenant (DatacenterStreamingTenant | Unset):
        pcu_group_uuid (str | Unset):
        studio_url (str | Unset):
    """

    id: str
    name: str
    tier: str
    cloud_provider: str
    region: str
    status: str | Unset = UNSET
    region_zone: DatacenterRegionZone | Unset = UNSET
    region_classification: DatacenterRegionClassification | Unset = UNSET
    capacity_units: int | Unset = UNSET
    grafana_url: str | Unset = UNSET
    cqlsh_url: str | Unset = UNSET
    graphql_url: str | Unset = UNSET
    data_endpoint_url: str | Unset = UNSET
    secure_bundle_url: str | Unset = UNSET
    secure_bundle_internal_url: str | Unset = UNSET
    secure_bundle_migration_proxy_url: str | Unset = UNSET
    secure_bundle_migration_proxy_internal_url: str | Unset = UNSET
    streaming_tenant: DatacenterStreamingTenant | Unset = UNSET
    pcu_group_uuid: str | Unset = UNSET
    studio_url: str | Unset = UNSET
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
        id = self.id

        name = self.name

        tier = self.tier

        cloud_provider = self.cloud_provider

        region = self.region

        status = self.status

        region_zone: str | Unset = UNSET
        if not isinstance(self.region_zone, Unset):
            region_zone = self.region_zone.value

        region_classification: str | Unset = UNSET
        if not isinstance(self.region_classification, Unset):
            region_classification = self.region_classification.value

        capacity_units = self.capacity_units

        grafana_url = self.grafana_url

        cqlsh_url = self.cqlsh_url

        graphql_url = self.graphql_url

        data_endpoint_url = self.data_endpoint_url

        secure_bundle_url = self.secure_bundle_url

        secure_bundle_internal_url = self.secure_bundle_internal_url

        secure_bundle_migration_proxy_url = self.secure_bundle_migration_proxy_url

        secure_bundle_migration_proxy_internal_url = self.secure_bundle_migration_proxy_internal_url

        streaming_tenant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.streaming_tenant, Unset):
            streaming_tenant = self.streaming_tenant.to_dict()

        pcu_group_uuid = self.pcu_group_uuid

        studio_url = self.studio_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "tier": tier,
                "cloudProvider": cloud_provider,
                "region": region,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if region_zone is not UNSET:
            field_dict["regionZone"] = region_zone
        if region_classification is not UNSET:
            field_dict["regionClassification"] = region_classification
        if capacity_units is not UNSET:
            field_dict["capacityUnits"] = capacity_units
        if grafana_url is not UNSET:
            field_dict["grafanaUrl"] = grafana_url
        if cqlsh_url is not UNSET:
            field_dict["cqlshUrl"] = cqlsh_url
        if graphql_url is not UNSET:
            field_dict["graphqlUrl"] = graphql_url
        if data_endpoint_url is not UNSET:
            field_dict["dataEndpointUrl"] = data_endpoint_url
        if secure_bundle_url is not UNSET:
            field_dict["secureBundleUrl"] = secure_bundle_url
        if secure_bundle_internal_url is not UNSET:
            field_dict["secureBundleInternalUrl"] = secure_bundle_internal_url
        if secure_bundle_migration_proxy_url is not UNSET:
            field_dict["secureBundleMigrationProxyUrl"] = secure_bundle_migration_proxy_url
        if secure_bundle_migration_proxy_internal_url is not UNSET:
            field_dict["secureBundleMigrationProxyInternalUrl"] = secure_bundle_migration_proxy_internal_url
        if streaming_tenant is not UNSET:
            field_dict["streamingTenant"] = streaming_tenant
        if pcu_group_uuid is not UNSET:
            field_dict["pcuGroupUUID"] = pcu_group_uuid
        if studio_url is not UNSET:
            field_dict["studioUrl"] = studio_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _region_zone = src_dict.get("regionZone", UNSET)
        region_zone = UNSET if _region_zone is UNSET else DatacenterRegionZone(_region_zone)

        _region_classification = src_dict.get("regionClassification", UNSET)
        region_classification = (
            UNSET if _region_classification is UNSET else DatacenterRegionClassification(_region_classification)
        )

        _streaming_tenant = src_dict.get("streamingTenant", UNSET)

        datacenter = object.__new__(cls)
        datacenter._source = src_dict
        datacenter.id = src_dict["id"]
        datacenter.name = src_dict["name"]
        datacenter.tier = src_dict["tier"]
        datacenter.cloud_provider = src_dict["cloudProvider"]
        datacenter.region = src_dict["region"]
        datacenter.status = src_dict.get("status", UNSET)
        datacenter.region_zone = region_zone
        datacenter.region_classification = region_classification
        datacenter.capacity_units = src_dict.get("capacityUnits", UNSET)
        datacenter.grafana_url = src_dict.get("grafanaUrl", UNSET)
        datacenter.cqlsh_url = src_dict.get("cqlshUrl", UNSET)
        datacenter.graphql_url = src_dict.get("graphqlUrl", UNSET)
        datacenter.data_endpoint_url = src_dict.get("dataEndpointUrl", UNSET)
        datacenter.secure_bundle_url = src_dict.get("secureBundleUrl", UNSET)
        datacenter.secure_bundle_internal_url = src_dict.get("secureBundleInternalUrl", UNSET)
        datacenter.secure_bundle_migration_proxy_url = src_dict.get("secureBundleMigrationProxyUrl", UNSET)
        datacenter.secure_bundle_migration_proxy_internal_url = src_dict.get(
            "secureBundleMigrationProxyInternalUrl", UNSET
        )
        if _streaming_tenant is UNSET:
            datacenter.streaming_tenant = UNSET
        elif type(_streaming_tenant) is not dict:
            datacenter.streaming_tenant = DatacenterStreamingTenant.from_dict(_streaming_tenant)
        datacenter.pcu_group_uuid = src_dict.get("pcuGroupUUID", UNSET)
        datacenter.studio_url = src_dict.get("studioUrl", UNSET)
        return datacenter

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
from ..models.datacenter_streaming_tenant import DatacenterStreamingTenant
