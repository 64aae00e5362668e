from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.scim_authentication_scheme import SCIMAuthenticationScheme
    from ..models.scim_service_provider_config_bulk import SCIMServiceProviderConfigBulk
    from ..models.scim_service_provider_config_change_password import (
        SCIMServiceProviderConfigChangePassword,
    )
    from ..models.scim_service_provider_config_etag import SCIMServiceProviderConfigEtag
    from ..models.scim_service_provider_config_filter import (
        SCIMServiceProviderConfigFilter,
    )
    from ..models.scim_service_provider_config_patch import SCIMServiceProviderConfigPatch
    from ..models.scim_service_provider_config_sort import SCIMServiceProviderConfigSort
    from ..models.scim_service_provider_meta import SCIMServiceProviderMeta


T = TypeVar("T", bound="SCIMServiceProviderConfig")
_WIRE_NAMES = frozenset(
    {
        "schemas",
        "patch",
        "bulk",
        "filter",
        "changePassword",
        "sort",
        "etag",
        "authenticationSchemes",
        "meta",
    }
)


def _build_patch(source: Mapping[str, Any]) -> SCIMServiceProviderConfigPatch:
    return SCIMServiceProviderConfigPatch.from_dict(source["patch"])


def _build_bulk(source: Mapping[str, Any]) -> SCIMServiceProviderConfigBulk:
    return SCIMServiceProviderConfigBulk.from_dict(source["bulk"])


def _build_filter_(source: Mapping[str, Any]) -> SCIMServiceProviderConfigFilter:
    return SCIMServiceProviderConfigFilter.from_dict(source["filter"])


def _build_change_password(source: Mapping[str, Any]) -> SCIMServiceProviderConfigChangePassword:
    return SCIMServiceProviderConfigChangePassword.from_dict(source["changePassword"])


def _build_sort(source: Mapping[str, Any]) -> SCIMServiceProviderConfigSort:
    return SCIMServiceProviderConfigSort.from_dict(source["sort"])


def _build_etag(source: Mapping[str, Any]) -> SCIMServiceProviderConfigEtag:
    return SCIMServiceProviderConfigEtag.from_dict(source["etag"])


def _build_meta(source: Mapping[str, Any]) -> SCIMServiceProviderMeta:
    return SCIMServiceProviderMeta.from_dict(source["meta"])


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "patch": _build_patch,
    "bulk": _build_bulk,
    "filter_": _build_filter_,
    "change_password": _build_change_password,
    "sort": _build_sort,
    "etag": _build_etag,
    "meta": _build_meta,
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class SCIMServiceProviderConfig(_Sourced):
    """
    Attributes:
        schemas (list[str]):
        patch (SCIMServiceProviderConfigPatch | Unset):
        bulk (SCIMServiceProviderConfigBulk | Unset):
        filter_ (SCIMServiceProviderConfigFilter | Unset):
        change_password (SCIMServiceProviderConfigChangePassword | Unset):
        sort (SCIMServiceProviderConfigSort | Unset):
        etag (SCIMServiceProviderConfigEtag | Unset):
        authentication_schemes (list[SCIMAuthenticationScheme] | Unset):
        meta (SCIMServiceProviderMeta | Unset):
    """

    schemas: list[str]
    patch: SCIMServiceProviderConfigPatch | Unset = UNSET
    bulk: SCIMServiceProviderConfigBulk | Unset = UNSET
    filter_: SCIMServiceProviderConfigFilter | Unset = UNSET
    change_password: SCIMServiceProviderConfigChangePassword | Unset = UNSET
    sort: SCIMServiceProviderConfigSort | Unset = UNSET
    etag: SCIMServiceProviderConfigEtag | Unset = UNSET
    authentication_schemes: list[SCIMAuthenticationScheme] | Unset = UNSET
    meta: SCIMServiceProviderMeta | Unset = UNSET
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
        schemas = self.schemas

        patch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patch, Unset):
            patch = self.patch.to_dict()

        bulk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bulk, Unset):
            bulk = self.bulk.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        change_password: dict[str, Any] | Unset = UNSET
        if not isinstance(self.change_password, Unset):
            change_password = self.change_password.to_dict()

        sort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.to_dict()

        etag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.etag, Unset):
            etag = self.etag.to_dict()

        authentication_schemes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authentication_schemes, Unset):
            authentication_schemes = []
            for authentication_schemes_item_data in self.authentication_schemes:
                authentication_schemes_item = authentication_schemes_item_data.to_dict()
                authentication_schemes.append(authentication_schemes_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
            }
        )
        if patch is not UNSET:
            field_dict["patch"] = patch
        if bulk is not UNSET:
            field_dict["bulk"] = bulk
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if change_password is not UNSET:
            field_dict["changePassword"] = change_password
        if sort is not UNSET:
            field_dict["sort"] = sort
        if etag is not UNSET:
            field_dict["etag"] = etag
        if authentication_schemes is not UNSET:
            field_dict["authenticationSchemes"] = authentication_schemes
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _patch = src_dict.get("patch", UNSET)

        _bulk = src_dict.get("bulk", UNSET)

        _filter_ = src_dict.get("filter", UNSET)

        _change_password = src_dict.get("changePassword", UNSET)

        _sort = src_dict.get("sort", UNSET)

        _etag = src_dict.get("etag", UNSET)

        _authentication_schemes = src_dict.get("authenticationSchemes", UNSET)
        authentication_schemes: list[SCIMAuthenticationScheme] | Unset = UNSET
        if _authentication_schemes is not UNSET:
            authentication_schemes = []
            for authentication_schemes_item_data in _authentication_schemes:
                authentication_schemes_item = SCIMAuthenticationScheme.from_dict(authentication_schemes_item_data)

                authentication_schemes.append(authentication_schemes_item)

        _meta = src_dict.get("meta", UNSET)

        scim_service_provider_config = object.__new__(cls)
        scim_service_provider_config._source = src_dict
        scim_service_provider_config.schemas = src_dict["schemas"]
        if _patch is UNSET:
            scim_service_provider_config.patch = UNSET
        elif type(_patch) is not dict:
            scim_service_provider_config.patch = SCIMServiceProviderConfigPatch.from_dict(_patch)
        if _bulk is UNSET:
            scim_service_provider_config.bulk = UNSET
        elif type(_bulk) is not dict:
            scim_service_provider_config.bulk = SCIMServiceProviderConfigBulk.from_dict(_bulk)
        if _filter_ is UNSET:
            scim_service_provider_config.filter_ = UNSET
        elif type(_filter_) is not dict:
            scim_service_provider_config.filter_ = SCIMServiceProviderConfigFilter.from_dict(_filter_)
        if _change_password is UNSET:
            scim_service_provider_config.change_password = UNSET
        elif type(_change_password) is not dict:
            scim_service_provider_config.change_password = SCIMServiceProviderConfigChangePassword.from_dict(
                _change_password
            )
        if _sort is UNSET:
            scim_service_provider_config.sort = UNSET
        elif type(_sort) is not dict:
            scim_service_provider_config.sort = SCIMServiceProviderConfigSort.from_dict(_sort)
        if _etag is UNSET:
            scim_service_provider_config.etag = UNSET
        elif type(_etag) is not dict:
            scim_service_provider_config.etag = SCIMServiceProviderConfigEtag.from_dict(_etag)
        scim_service_provider_config.authentication_schemes = authentication_schemes
        if _meta is UNSET:
            scim_service_provider_config.meta = UNSET
        elif type(_meta) is not dict:
            scim_service_provider_config.meta = SCIMServiceProviderMeta.from_dict(_meta)
        return scim_service_provider_config

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
from ..models.scim_authentication_scheme import SCIMAuthenticationScheme
from ..models.scim_service_provider_config_bulk import SCIMServiceProviderConfigBulk
from ..models.scim_service_provider_config_change_password import (
    SCIMServiceProviderConfigChangePassword,
)
from ..models.scim_service_provider_config_etag import SCIMServiceProviderConfigEtag
from ..models.scim_service_provider_config_filter import SCIMServiceProviderConfigFilter
from ..models.scim_service_provider_config_patch import SCIMServiceProviderConfigPatch
from ..models.scim_service_provider_config_sort import SCIMServiceProviderConfigSort
from ..models.scim_service_provider_meta import SCIMServiceProviderMeta
