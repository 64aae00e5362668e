from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SCIMAttribute")
_WIRE_NAMES = frozenset(
    {
        "name",
        "type",
        "multiValued",
        "description",
        "required",
        "caseExact",
        "mutability",
        "returned",
        "uniqueness",
        "subAttributes",
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
class SCIMAttribute(_Sourced):
    """
    Attributes:
        name (str | Unset):
        type_ (str | Unset):
        multi_valued (bool | Unset):
        description (str | Unset):
        required (bool | Unset):
        case_exact (bool | Unset):
        mutability (str | Unset):
        returned (str | Unset):
        uniqueness (str | Unset):
        sub_attributes (list[SCIMAttribute] | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    multi_valued: bool | Unset = UNSET
    description: str | Unset = UNSET
    required: bool | Unset = UNSET
    case_exact: bool | Unset = UNSET
    mutability: str | Unset = UNSET
    returned: str | Unset = UNSET
    uniqueness: str | Unset = UNSET
    sub_attributes: list[SCIMAttribute] | Unset = UNSET
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
        name = self.name

        type_ = self.type_

        multi_valued = self.multi_valued

        description = self.description

        required = self.required

        case_exact = self.case_exact

        mutability = self.mutability

        returned = self.returned

        uniqueness = self.uniqueness

        sub_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_attributes, Unset):
            sub_attributes = []
            for sub_attributes_item_data in self.sub_attributes:
                sub_attributes_item = sub_attributes_item_data.to_dict()
                sub_attributes.append(sub_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if multi_valued is not UNSET:
            field_dict["multiValued"] = multi_valued
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
        if case_exact is not UNSET:
            field_dict["caseExact"] = case_exact
        if mutability is not UNSET:
            field_dict["mutability"] = mutability
        if returned is not UNSET:
            field_dict["returned"] = returned
        if uniqueness is not UNSET:
            field_dict["uniqueness"] = uniqueness
        if sub_attributes is not UNSET:
            field_dict["subAttributes"] = sub_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _sub_attributes = src_dict.get("subAttributes", UNSET)
        sub_attributes: list[SCIMAttribute] | Unset = UNSET
        if _sub_attributes is not UNSET:
            sub_attributes = []
            for sub_attributes_item_data in _sub_attributes:
                sub_attributes_item = SCIMAttribute.from_dict(sub_attributes_item_data)

                sub_attributes.append(sub_attributes_item)

        scim_attribute = object.__new__(cls)
        scim_attribute._source = src_dict
        scim_attribute.name = src_dict.get("name", UNSET)
        scim_attribute.type_ = src_dict.get("type", UNSET)
        scim_attribute.multi_valued = src_dict.get("multiValued", UNSET)
        scim_attribute.description = src_dict.get("description", UNSET)
        scim_attribute.required = src_dict.get("required", UNSET)
        scim_attribute.case_exact = src_dict.get("caseExact", UNSET)
        scim_attribute.mutability = src_dict.get("mutability", UNSET)
        scim_attribute.returned = src_dict.get("returned", UNSET)
        scim_attribute.uniqueness = src_dict.get("uniqueness", UNSET)
        scim_attribute.sub_attributes = sub_attributes
        return scim_attribute

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
