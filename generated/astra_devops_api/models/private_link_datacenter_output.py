from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class PrivateLinkDatacenterOutput:
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
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

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

        private_link_datacenter_output = cls(
            src_dict.get("serviceName", UNSET),
            src_dict.get("allowedPrincipals", UNSET),
            src_dict.get("datacenterID", UNSET),
            endpoints,
        )

        private_link_datacenter_output._additional_properties = src_dict
        return private_link_datacenter_output

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
from ..models.private_link_endpoint import PrivateLinkEndpoint
