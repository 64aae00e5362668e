from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.scim_attribute import SCIMAttribute
    from ..models.scim_schema_meta import SCIMSchemaMeta


T = TypeVar("T", bound="SCIMSchema")
_WIRE_NAMES = frozenset(
    {
        "schemas",
        "id",
        "name",
        "description",
        "attributes",
        "meta",
    }
)


def _build_meta(source: Mapping[str, Any]) -> SCIMSchemaMeta:
    return SCIMSchemaMeta.from_dict(source["meta"])


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "meta": _build_meta,
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class SCIMSchema(_Sourced):
    """
    Attributes:
        schemas (list[str]):
        id (str):
        name (str):
        description (str | Unset):
        attributes (list[SCIMAttribute] | Unset):
        meta (SCIMSchemaMeta | Unset):
    """

    schemas: list[str]
    id: str
    name: str
    description: str | Unset = UNSET
    attributes: list[SCIMAttribute] | Unset = UNSET
    meta: SCIMSchemaMeta | Unset = UNSET
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
        schemas = self.schemas

        id = self.id

        name = self.name

        description = self.description

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _attributes = src_dict.get("attributes", UNSET)
        attributes: list[SCIMAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = SCIMAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _meta = src_dict.get("meta", UNSET)

        scim_schema = object.__new__(cls)
        scim_schema._source = src_dict
        scim_schema.schemas = src_dict["schemas"]
        scim_schema.id = src_dict["id"]
        scim_schema.name = src_dict["name"]
        scim_schema.description = src_dict.get("description", UNSET)
        scim_schema.attributes = attributes
        if _meta is UNSET:
            scim_schema.meta = UNSET
        elif type(_meta) is not dict:
            scim_schema.meta = SCIMSchemaMeta.from_dict(_meta)
        return scim_schema

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
from ..models.scim_attribute import SCIMAttribute
from ..models.scim_schema_meta import SCIMSchemaMeta
