from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.private_link_endpoint import PrivateLinkEndpoint


T = TypeVar("T", bound="PrivateLinkDatacenterOutput")
_WIRE_NAMES = frozenset(
    {
        "serviceName",
        "allowedPrincipals",
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
class PrivateLinkDatacenterOutput(_Sourced):
    """
    Attributes:
        service_name (str | Unset):
        allowed_principals (list[str] | Unset):
        datacenter_id (str | Unset):
        endpoints (list[PrivateLinkEndpoint] | Unset):
    """

    service_name: str | Unset = UNSET
    allowed_principals: list[str] | Unset = UNSET
    datacenter_id: str | Unset = UNSET
    endpoints: list[PrivateLinkEndpoint] | Unset = UNSET
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
        service_name = self.service_name

        allowed_principals: list[str] | Unset = UNSET
        if not isinstance(self.allowed_principals, Unset):
            allowed_principals = self.allowed_principals

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
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if allowed_principals is not UNSET:
            field_dict["allowedPrincipals"] = allowed_principals
        if datacenter_id is not UNSET:
            field_dict["datacenterID"] = datacenter_id
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _endpoints = src_dict.get("endpoints", UNSET)
        endpoints: list[PrivateLinkEndpoint] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = PrivateLinkEndpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        private_link_datacenter_output = object.__new__(cls)
        private_link_datacenter_output._source = src_dict
        private_link_datacenter_output.service_name = src_dict.get("serviceName", UNSET)
        private_link_datacenter_output.allowed_principals = src_dict.get("allowedPrincipals", UNSET)
        private_link_datacenter_output.datacenter_id = src_dict.get("datacenterID", UNSET)
        private_link_datacenter_output.endpoints = endpoints
        return private_link_datacenter_output

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
from ..models.private_link_endpoint import PrivateLinkEndpoint
