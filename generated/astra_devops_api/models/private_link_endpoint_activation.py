from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PrivateLinkEndpointActivation")
_datetime_from_iso = datetime.datetime.fromisoformat
_WIRE_NAMES = frozenset(
    {
        "id",
        "dateActivation",
        "dateDeactivation",
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
class PrivateLinkEndpointActivation(_Sourced):
    """An endpoint and when it was active.

    Attributes:
        id (str | Unset):
        date_activation (datetime.datetime | Unset):
        date_deactivation (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    date_activation: datetime.datetime | Unset = UNSET
    date_deactivation: datetime.datetime | Unset = UNSET
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
        id = self.id

        date_activation: str | Unset = UNSET
        if not isinstance(self.date_activation, Unset):
            date_activation = self.date_activation.isoformat()

        date_deactivation: str | Unset = UNSET
        if not isinstance(self.date_deactivation, Unset):
            date_deactivation = self.date_deactivation.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date_activation is not UNSET:
            field_dict["dateActivation"] = date_activation
        if date_deactivation is not UNSET:
            field_dict["dateDeactivation"] = date_deactivation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _date_activation = src_dict.get("dateActivation", UNSET)
        date_activation = UNSET if _date_activation is UNSET else _datetime_from_iso(_date_activation)

        _date_deactivation = src_dict.get("dateDeactivation", UNSET)
        date_deactivation = UNSET if _date_deactivation is UNSET else _datetime_from_iso(_date_deactivation)

        private_link_endpoint_activation = object.__new__(cls)
        private_link_endpoint_activation._source = src_dict
        private_link_endpoint_activation.id = src_dict.get("id", UNSET)
        private_link_endpoint_activation.date_activation = date_activation
        private_link_endpoint_activation.date_deactivation = date_deactivation
        return private_link_endpoint_activation

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
