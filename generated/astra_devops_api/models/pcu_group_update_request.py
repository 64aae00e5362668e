from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PCUGroupUpdateRequest")
_WIRE_NAMES = frozenset(
    {
        "pcuGroupUUID",
        "title",
        "instanceType",
        "provisionType",
        "min",
        "max",
        "reserved",
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
class PCUGroupUpdateRequest(_Sourced):
    """
    Attributes:
        pcu_group_uuid (str | Unset):
        title (str | Unset):
        instance_type (str | Unset):
        provision_type (str | Unset):
        min_ (int | Unset):
        max_ (int | Unset):
        reserved (int | Unset):
        description (str | Unset):
    """

    pcu_group_uuid: str | Unset = UNSET
    title: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    provision_type: str | Unset = UNSET
    min_: int | Unset = UNSET
    max_: int | Unset = UNSET
    reserved: int | Unset = UNSET
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
        pcu_group_uuid = self.pcu_group_uuid

        title = self.title

        instance_type = self.instance_type

        provision_type = self.provision_type

        min_ = self.min_

        max_ = self.max_

        reserved = self.reserved

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pcu_group_uuid is not UNSET:
            field_dict["pcuGroupUUID"] = pcu_group_uuid
        if title is not UNSET:
            field_dict["title"] = title
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if provision_type is not UNSET:
            field_dict["provisionType"] = provision_type
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        pcu_group_update_request = object.__new__(cls)
        pcu_group_update_request._source = src_dict
        pcu_group_update_request.pcu_group_uuid = src_dict.get("pcuGroupUUID", UNSET)
        pcu_group_update_request.title = src_dict.get("title", UNSET)
        pcu_group_update_request.instance_type = src_dict.get("instanceType", UNSET)
        pcu_group_update_request.provision_type = src_dict.get("provisionType", UNSET)
        pcu_group_update_request.min_ = src_dict.get("min", UNSET)
        pcu_group_update_request.max_ = src_dict.get("max", UNSET)
        pcu_group_update_request.reserved = src_dict.get("reserved", UNSET)
        pcu_group_update_request.description = src_dict.get("description", UNSET)
        return pcu_group_update_request

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
