from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CredsURLCustomDomainBundlesItem")
_WIRE_NAMES = frozenset(
    {
        "domain",
        "cqlFQDN",
        "apiFQDN",
        "dashboardFQDN",
        "downloadURL",
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
class CredsURLCustomDomainBundlesItem(_Sourced):
    """
    Attributes:
        domain (str | Unset):
        cql_fqdn (str | Unset):
        api_fqdn (str | Unset):
        dashboard_fqdn (str | Unset):
        download_url (str | Unset):
    """

    domain: str | Unset = UNSET
    cql_fqdn: str | Unset = UNSET
    api_fqdn: str | Unset = UNSET
    dashboard_fqdn: str | Unset = UNSET
    download_url: str | Unset = UNSET
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
        domain = self.domain

        cql_fqdn = self.cql_fqdn

        api_fqdn = self.api_fqdn

        dashboard_fqdn = self.dashboard_fqdn

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if cql_fqdn is not UNSET:
            field_dict["cqlFQDN"] = cql_fqdn
        if api_fqdn is not UNSET:
            field_dict["apiFQDN"] = api_fqdn
        if dashboard_fqdn is not UNSET:
            field_dict["dashboardFQDN"] = dashboard_fqdn
        if download_url is not UNSET:
            field_dict["downloadURL"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        creds_url_custom_domain_bundles_item = object.__new__(cls)
        creds_url_custom_domain_bundles_item._source = src_dict
        creds_url_custom_domain_bundles_item.domain = src_dict.get("domain", UNSET)
        creds_url_custom_domain_bundles_item.cql_fqdn = src_dict.get("cqlFQDN", UNSET)
        creds_url_custom_domain_bundles_item.api_fqdn = src_dict.get("apiFQDN", UNSET)
        creds_url_custom_domain_bundles_item.dashboard_fqdn = src_dict.get("dashboardFQDN", UNSET)
        creds_url_custom_domain_bundles_item.download_url = src_dict.get("downloadURL", UNSET)
        return creds_url_custom_domain_bundles_item

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
