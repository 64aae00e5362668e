from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PrivateLinkEndpoint")
_WIRE_NAMES = frozenset(
    {
        "endpointID",
        "description",
        "linkID",
        "status",
        "createdDateTime",
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
class PrivateLinkEndpoint(_Sourced):
    """
    Attributes:
        endpoint_id (str | Unset):
        description (str | Unset):
        link_id (str | Unset):
        status (str | Unset):
        created_date_time (str | Unset):
    """

    endpoint_id: str | Unset = UNSET
    description: str | Unset = UNSET
    link_id: str | Unset = UNSET
    status: str | Unset = UNSET
    created_date_time: str | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        private_link_endpoint = object.__new__(cls)
        private_link_endpoint._source = src_dict
        private_link_endpoint.endpoint_id = src_dict.get("endpointID", UNSET)
        private_link_endpoint.description = src_dict.get("description", UNSET)
        private_link_endpoint.link_id = src_dict.get("linkID", UNSET)
        private_link_endpoint.status = src_dict.get("status", UNSET)
        private_link_endpoint.created_date_time = src_dict.get("createdDateTime", UNSET)
        return private_link_endpoint

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
