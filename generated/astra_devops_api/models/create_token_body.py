from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateTokenBody")
_datetime_from_iso = datetime.datetime.fromisoformat
_WIRE_NAMES = frozenset(
    {
        "roles",
        "orgId",
        "tokenExpiry",
        "description",
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
class CreateTokenBody(_Sourced):
    """
    Attributes:
        roles (list[str]):
        org_id (str | Unset):
        token_expiry (datetime.datetime | Unset):
        description (str | Unset):
    """

    roles: list[str]
    org_id: str | Unset = UNSET
    token_expiry: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
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
        roles = self.roles

        org_id = self.org_id

        token_expiry: str | Unset = UNSET
        if not isinstance(self.token_expiry, Unset):
            token_expiry = self.token_expiry.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
            }
        )
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if token_expiry is not UNSET:
            field_dict["tokenExpiry"] = token_expiry
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _token_expiry = src_dict.get("tokenExpiry", UNSET)
        token_expiry = UNSET if _token_expiry is UNSET else _datetime_from_iso(_token_expiry)

        create_token_body = object.__new__(cls)
        create_token_body._source = src_dict
        create_token_body.roles = src_dict["roles"]
        create_token_body.org_id = src_dict.get("orgId", UNSET)
        create_token_body.token_expiry = token_expiry
        create_token_body.description = src_dict.get("description", UNSET)
        return create_token_body

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
