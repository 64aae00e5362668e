from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.private_link_datacenter_output import PrivateLinkDatacenterOutput


T = TypeVar("T", bound="PrivateLinkAcceptOutput")
_WIRE_NAMES = frozenset(
    {
        "endpointID",
        "description",
        "linkID",
        "status",
        "createdDateTime",
        "datacenters",
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
class PrivateLinkAcceptOutput(_Sourced):
    """The answer to accepting an endpoint: the endpoint's own keys, or `datacenters`, the service's datacenters with their
    endpoints. Every key is optional; read the ones present.

        Attributes:
            endpoint_id (str | Unset):
            description (str | Unset):
            link_id (str | Unset):
            status (str | Unset):
            created_date_time (str | Unset):
            datacenters (list[PrivateLinkDatacenterOutput] | Unset):
    """

    endpoint_id: str | Unset = UNSET
    description: str | Unset = UNSET
    link_id: str | Unset = UNSET
    status: str | Unset = UNSET
    created_date_time: str | Unset = UNSET
    datacenters: list[PrivateLinkDatacenterOutput] | Unset = UNSET
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
        endpoint_id = self.endpoint_id

        description = self.description

        link_id = self.link_id

        status = self.status

        created_date_time = self.created_date_time

        datacenters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datacenters, Unset):
            datacenters = []
            for datacenters_item_data in self.datacenters:
                datacenters_item = datacenters_item_data.to_dict()
                datacenters.append(datacenters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_id is not UNSET:
            field_dict["endpointID"] = endpoint_id
        if description is not UNSET:
            field_dict["description"] = description
        if link_id is not UNSET:
            field_dict["linkID"] = link_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if datacenters is not UNSET:
            field_dict["datacenters"] = datacenters

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

        private_link_accept_output = object.__new__(cls)
        private_link_accept_output._source = src_dict
        private_link_accept_output.endpoint_id = src_dict.get("endpointID", UNSET)
        private_link_accept_output.description = src_dict.get("description", UNSET)
        private_link_accept_output.link_id = src_dict.get("linkID", UNSET)
        private_link_accept_output.status = src_dict.get("status", UNSET)
        private_link_accept_output.created_date_time = src_dict.get("createdDateTime", UNSET)
        private_link_accept_output.datacenters = datacenters
        return private_link_accept_output

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
