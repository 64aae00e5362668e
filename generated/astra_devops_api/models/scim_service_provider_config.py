from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class SCIMServiceProviderConfig:
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
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

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
        patch: SCIMServiceProviderConfigPatch | Unset
        if isinstance(_patch, Unset):
            patch = UNSET
        else:
            patch = SCIMServiceProviderConfigPatch.from_dict(_patch)

        _bulk = src_dict.get("bulk", UNSET)
        bulk: SCIMServiceProviderConfigBulk | Unset
        if isinstance(_bulk, Unset):
            bulk = UNSET
        else:
            bulk = SCIMServiceProviderConfigBulk.from_dict(_bulk)

        _filter_ = src_dict.get("filter", UNSET)
        filter_: SCIMServiceProviderConfigFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SCIMServiceProviderConfigFilter.from_dict(_filter_)

        _change_password = src_dict.get("changePassword", UNSET)
        change_password: SCIMServiceProviderConfigChangePassword | Unset
        if isinstance(_change_password, Unset):
            change_password = UNSET
        else:
            change_password = SCIMServiceProviderConfigChangePassword.from_dict(_change_password)

        _sort = src_dict.get("sort", UNSET)
        sort: SCIMServiceProviderConfigSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = SCIMServiceProviderConfigSort.from_dict(_sort)

        _etag = src_dict.get("etag", UNSET)
        etag: SCIMServiceProviderConfigEtag | Unset
        if isinstance(_etag, Unset):
            etag = UNSET
        else:
            etag = SCIMServiceProviderConfigEtag.from_dict(_etag)

        _authentication_schemes = src_dict.get("authenticationSchemes", UNSET)
        authentication_schemes: list[SCIMAuthenticationScheme] | Unset = UNSET
        if _authentication_schemes is not UNSET:
            authentication_schemes = []
            for authentication_schemes_item_data in _authentication_schemes:
                authentication_schemes_item = SCIMAuthenticationScheme.from_dict(authentication_schemes_item_data)

                authentication_schemes.append(authentication_schemes_item)

        _meta = src_dict.get("meta", UNSET)
        meta: SCIMServiceProviderMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SCIMServiceProviderMeta.from_dict(_meta)

        scim_service_provider_config = cls(
            src_dict["schemas"],
            patch,
            bulk,
            filter_,
            change_password,
            sort,
            etag,
            authentication_schemes,
            meta,
        )

        scim_service_provider_config._additional_properties = src_dict
        return scim_service_provider_config

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
