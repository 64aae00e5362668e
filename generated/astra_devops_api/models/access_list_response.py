from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.access_list_configurations import AccessListConfigurations
    from ..models.address_response import AddressResponse


T = TypeVar("T", bound="AccessListResponse")
_WIRE_NAMES = frozenset(
    {
        "organizationId",
        "databaseId",
        "addresses",
        "configurations",
    }
)


def _build_configurations(source: Mapping[str, Any]) -> AccessListConfigurations:
    return AccessListConfigurations.from_dict(source["configurations"])


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "configurations": _build_configurations,
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class AccessListResponse(_Sourced):
    """
    Attributes:
        organization_id (str | Unset):
        database_id (str | Unset):
        addresses (list[AddressResponse] | Unset):
        configurations (AccessListConfigurations | Unset):
    """

    organization_id: str | Unset = UNSET
    database_id: str | Unset = UNSET
    addresses: list[AddressResponse] | Unset = UNSET
    configurations: AccessListConfigurations | Unset = UNSET
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
        organization_id = self.organization_id

        database_id = self.database_id

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        configurations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = self.configurations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if database_id is not UNSET:
            field_dict["databaseId"] = database_id
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if configurations is not UNSET:
            field_dict["configurations"] = configurations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _addresses = src_dict.get("addresses", UNSET)
        addresses: list[AddressResponse] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = AddressResponse.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _configurations = src_dict.get("configurations", UNSET)

        access_list_response = object.__new__(cls)
        access_list_response._source = src_dict
        access_list_response.organization_id = src_dict.get("organizationId", UNSET)
        access_list_response.database_id = src_dict.get("databaseId", UNSET)
        access_list_response.addresses = addresses
        if _configurations is UNSET:
            access_list_response.configurations = UNSET
        elif type(_configurations) is not dict or "accessListEnabled" not in _configurations:
            access_list_response.configurations = AccessListConfigurations.from_dict(_configurations)
        return access_list_response

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
from ..models.access_list_configurations import AccessListConfigurations
from ..models.address_response import AddressResponse
