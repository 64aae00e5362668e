from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class SCIMAttribute:
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
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

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

        scim_attribute = cls(
            src_dict.get("name", UNSET),
            src_dict.get("type", UNSET),
            src_dict.get("multiValued", UNSET),
            src_dict.get("description", UNSET),
            src_dict.get("required", UNSET),
            src_dict.get("caseExact", UNSET),
            src_dict.get("mutability", UNSET),
            src_dict.get("returned", UNSET),
            src_dict.get("uniqueness", UNSET),
            sub_attributes,
        )

        scim_attribute._additional_properties = src_dict
        return scim_attribute

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
