from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.scim_resource_type_meta import SCIMResourceTypeMeta


T = TypeVar("T", bound="SCIMResourceType")
_WIRE_NAMES = frozenset(
    {
        "schemas",
        "id",
        "name",
        "endpoint",
        "schema",
        "description",
        "meta",
    }
)


def _build_meta(source: Mapping[str, Any]) -> SCIMResourceTypeMeta:
    return SCIMResourceTypeMeta.from_dict(source["meta"])


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
class SCIMResourceType(_Sourced):
    """
    Attributes:
        schemas (list[str]):
        id (str):
        name (str):
        endpoint (str):
        schema (str):
        description (str | Unset):
        meta (SCIMResourceTypeMeta | Unset):
    """

    schemas: list[str]
    id: str
    name: str
    endpoint: str
    schema: str
    description: str | Unset = UNSET
    meta: SCIMResourceTypeMeta | Unset = UNSET
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

        endpoint = self.endpoint

        schema = self.schema

        description = self.description

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
                "endpoint": endpoint,
                "schema": schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _meta = src_dict.get("meta", UNSET)

        scim_resource_type = object.__new__(cls)
        scim_resource_type._source = src_dict
        scim_resource_type.schemas = src_dict["schemas"]
        scim_resource_type.id = src_dict["id"]
        scim_resource_type.name = src_dict["name"]
        scim_resource_type.endpoint = src_dict["endpoint"]
        scim_resource_type.schema = src_dict["schema"]
        scim_resource_type.description = src_dict.get("description", UNSET)
        if _meta is UNSET:
            scim_resource_type.meta = UNSET
        elif type(_meta) is not dict:
            scim_resource_type.meta = SCIMResourceTypeMeta.from_dict(_meta)
        return scim_resource_type

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
from ..models.scim_resource_type_meta import SCIMResourceTypeMeta
