from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


def _extras(state: Any) -> dict[str, Any]:
    """The additional properties a model holds, from its state: None (none yet), a 1-item list
    holding their dict, or, for a model built by `from_dict`, its decoded source, whose unknown keys
    are read on first use."""
    if state is None:
        return {}
    if type(state) is list:
        extras: dict[str, Any] = state[0]
        return extras
    if _WIRE_NAMES.issuperset(state):
        return {}
    return {key: value for key, value in state.items() if key not in _WIRE_NAMES}


def _shown(state: Any) -> str:
    return repr(_extras(state))


@_attrs_define
class CredsURL:
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
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    @property
    def datacenter_id(self) -> str | Unset:
        """The datacenter id, sent on the wire as `datcenterID` (sic; docs/quirks.md)."""
        return self.datcenter_id

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

        creds_url = cls(
            src_dict["downloadURL"],
            src_dict.get("downloadURLInternal", UNSET),
            src_dict.get("downloadURLMigrationProxy", UNSET),
            src_dict.get("downloadURLMigrationProxyInternal", UNSET),
            src_dict.get("datcenterID", UNSET),
            src_dict.get("region", UNSET),
            src_dict.get("cloudProvider", UNSET),
            custom_domain_bundles,
        )

        creds_url._additional_properties = src_dict
        return creds_url

    @property
    def additional_properties(self) -> dict[str, Any]:
        state = self._additional_properties
        if type(state) is list:
            extras: dict[str, Any] = state[0]
            return extras
        extras = _extras(state)
        self._additional_properties = [extras]
        return extras

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = [value]

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
