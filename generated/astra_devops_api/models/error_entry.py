from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ErrorEntry")
_WIRE_NAMES = frozenset(
    {
        "ID",
        "message",
        "description",
        "internalCode",
        "internalTxId",
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
class ErrorEntry(_Sourced):
    """One error entry: `ID` and `message`, or (customer keys) `description`, `internalCode` and `internalTxId`.

    Attributes:
        id (int | Unset):
        message (str | Unset):
        description (str | Unset):
        internal_code (str | Unset):
        internal_tx_id (str | Unset):
    """

    id: int | Unset = UNSET
    message: str | Unset = UNSET
    description: str | Unset = UNSET
    internal_code: str | Unset = UNSET
    internal_tx_id: str | Unset = UNSET
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

        message = self.message

        description = self.description

        internal_code = self.internal_code

        internal_tx_id = self.internal_tx_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if description is not UNSET:
            field_dict["description"] = description
        if internal_code is not UNSET:
            field_dict["internalCode"] = internal_code
        if internal_tx_id is not UNSET:
            field_dict["internalTxId"] = internal_tx_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        error_entry = object.__new__(cls)
        error_entry._source = src_dict
        error_entry.id = src_dict.get("ID", UNSET)
        error_entry.message = src_dict.get("message", UNSET)
        error_entry.description = src_dict.get("description", UNSET)
        error_entry.internal_code = src_dict.get("internalCode", UNSET)
        error_entry.internal_tx_id = src_dict.get("internalTxId", UNSET)
        return error_entry

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
