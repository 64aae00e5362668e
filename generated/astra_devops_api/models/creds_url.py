from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.creds_url_custom_domain_bundles_item import (
        CredsURLCustomDomainBundlesItem,
    )


T = TypeVar("T", bound="CredsURL")
_WIRE_NAMES = frozenset(
    {
        "downloadURL",
        "downloadURLInternal",
        "downloadURLMigrationProxy",
        "downloadURLMigrationProxyInternal",
        "datcenterID",
        "region",
        "cloudProvider",
        "customDomainBundles",
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
class CredsURL(_Sourced):
    """
    Attributes:
        download_url (str):
        download_url_internal (str | Unset):
        download_url_migration_proxy (str | Unset):
        download_url_migration_proxy_internal (str | Unset):
        datcenter_id (str | Unset): The datacenter id. The wire name really is `datcenterID` (sic).
        region (str | Unset):
        cloud_provider (str | Unset):
        custom_domain_bundles (list[CredsURLCustomDomainBundlesItem] | Unset):
    """

    download_url: str
    download_url_internal: str | Unset = UNSET
    download_url_migration_proxy: str | Unset = UNSET
    download_url_migration_proxy_internal: str | Unset = UNSET
    datcenter_id: str | Unset = UNSET
    region: str | Unset = UNSET
    cloud_provider: str | Unset = UNSET
    custom_domain_bundles: list[CredsURLCustomDomainBundlesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def datacenter_id(self) -> str | Unset:
        """The datacenter id, sent on the wire as `datcenterID` (sic; docs/quirks.md)."""
        return self.datcenter_id

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
        download_url = self.download_url

        download_url_internal = self.download_url_internal

        download_url_migration_proxy = self.download_url_migration_proxy

        download_url_migration_proxy_internal = self.download_url_migration_proxy_internal

        datcenter_id = self.datcenter_id

        region = self.region

        cloud_provider = self.cloud_provider

        custom_domain_bundles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_domain_bundles, Unset):
            custom_domain_bundles = []
            for custom_domain_bundles_item_data in self.custom_domain_bundles:
                custom_domain_bundles_item = custom_domain_bundles_item_data.to_dict()
                custom_domain_bundles.append(custom_domain_bundles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "downloadURL": download_url,
            }
        )
        if download_url_internal is not UNSET:
            field_dict["downloadURLInternal"] = download_url_internal
        if download_url_migration_proxy is not UNSET:
            field_dict["downloadURLMigrationProxy"] = download_url_migration_proxy
        if download_url_migration_proxy_internal is not UNSET:
            field_dict["downloadURLMigrationProxyInternal"] = download_url_migration_proxy_internal
        if datcenter_id is not UNSET:
            field_dict["datcenterID"] = datcenter_id
        if region is not UNSET:
            field_dict["region"] = region
        if cloud_provider is not UNSET:
            field_dict["cloudProvider"] = cloud_provider
        if custom_domain_bundles is not UNSET:
            field_dict["customDomainBundles"] = custom_domain_bundles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _custom_domain_bundles = src_dict.get("customDomainBundles", UNSET)
        custom_domain_bundles: list[CredsURLCustomDomainBundlesItem] | Unset = UNSET
        if _custom_domain_bundles is not UNSET:
            custom_domain_bundles = []
            for custom_domain_bundles_item_data in _custom_domain_bundles:
                custom_domain_bundles_item = CredsURLCustomDomainBundlesItem.from_dict(custom_domain_bundles_item_data)

                custom_domain_bundles.append(custom_domain_bundles_item)

        creds_url = object.__new__(cls)
        creds_url._source = src_dict
        creds_url.download_url = src_dict["downloadURL"]
        creds_url.download_url_internal = src_dict.get("downloadURLInternal", UNSET)
        creds_url.download_url_migration_proxy = src_dict.get("downloadURLMigrationProxy", UNSET)
        creds_url.download_url_migration_proxy_internal = src_dict.get("downloadURLMigrationProxyInternal", UNSET)
        creds_url.datcenter_id = src_dict.get("datcenterID", UNSET)
        creds_url.region = src_dict.get("region", UNSET)
        creds_url.cloud_provider = src_dict.get("cloudProvider", UNSET)
        creds_url.custom_domain_bundles = custom_domain_bundles
        return creds_url

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
from ..models.creds_url_custom_domain_bundles_item import (
    CredsURLCustomDomainBundlesItem,
)
