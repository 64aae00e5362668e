from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AddressResponse")
_datetime_from_iso = datetime.datetime.fromisoformat
_WIRE_NAMES = frozenset(
    {
        "address",
        "enabled",
        "description",
        "lastUpdateDateTime",
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
class AddressResponse(_Sourced):
    """
    Attributes:
        address (str | Unset):
        enabled (bool | Unset):
        description (str | Unset):
        last_update_date_time (datetime.datetime | Unset): When the entry last changed. RFC 3339; also sent in Go's
            default layout (`2006-01-02 15:04:05.000 -0700 MST`), which a client normalises to RFC 3339 first.
    """

    address: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    description: str | Unset = UNSET
    last_update_date_time: datetime.datetime | Unset = UNSET
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
        address = self.address

        enabled = self.enabled

        description = self.description

        last_update_date_time: str | Unset = UNSET
        if not isinstance(self.last_update_date_time, Unset):
            last_update_date_time = self.last_update_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if description is not UNSET:
            field_dict["description"] = description
        if last_update_date_time is not UNSET:
            field_dict["lastUpdateDateTime"] = last_update_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _last_update_date_time = src_dict.get("lastUpdateDateTime", UNSET)
        last_update_date_time = UNSET if _last_update_date_time is UNSET else _datetime_from_iso(_last_update_date_time)

        address_response = object.__new__(cls)
        address_response._source = src_dict
        address_response.address = src_dict.get("address", UNSET)
        address_response.enabled = src_dict.get("enabled", UNSET)
        address_response.description = src_dict.get("description", UNSET)
        address_response.last_update_date_time = last_update_date_time
        return address_response

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
