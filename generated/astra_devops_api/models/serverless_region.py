from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.pcu_group_type import PCUGroupType


T = TypeVar("T", bound="ServerlessRegion")
_WIRE_NAMES = frozenset(
    {
        "cloudProvider",
        "name",
        "displayName",
        "zone",
        "classification",
        "enabled",
        "reservedForQualifiedUsers",
        "region_type",
        "pcu_types",
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
class ServerlessRegion(_Sourced):
    """
    Attributes:
        cloud_provider (str):
        name (str):
        display_name (str):
        zone (str):
        classification (str):
        enabled (bool):
        reserved_for_qualified_users (bool):
        region_type (str):
        pcu_types (list[PCUGroupType] | Unset):
    """

    cloud_provider: str
    name: str
    display_name: str
    zone: str
    classification: str
    enabled: bool
    reserved_for_qualified_users: bool
    region_type: str
    pcu_types: list[PCUGroupType] | Unset = UNSET
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
        cloud_provider = self.cloud_provider

        name = self.name

        display_name = self.display_name

        zone = self.zone

        classification = self.classification

        enabled = self.enabled

        reserved_for_qualified_users = self.reserved_for_qualified_users

        region_type = self.region_type

        pcu_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pcu_types, Unset):
            pcu_types = []
            for pcu_types_item_data in self.pcu_types:
                pcu_types_item = pcu_types_item_data.to_dict()
                pcu_types.append(pcu_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProvider": cloud_provider,
                "name": name,
                "displayName": display_name,
                "zone": zone,
                "classification": classification,
                "enabled": enabled,
                "reservedForQualifiedUsers": reserved_for_qualified_users,
                "region_type": region_type,
            }
        )
        if pcu_types is not UNSET:
            field_dict["pcu_types"] = pcu_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _pcu_types = src_dict.get("pcu_types", UNSET)
        pcu_types: list[PCUGroupType] | Unset = UNSET
        if _pcu_types is not UNSET:
            pcu_types = []
            for pcu_types_item_data in _pcu_types:
                pcu_types_item = PCUGroupType.from_dict(pcu_types_item_data)

                pcu_types.append(pcu_types_item)

        serverless_region = object.__new__(cls)
        serverless_region._source = src_dict
        serverless_region.cloud_provider = src_dict["cloudProvider"]
        serverless_region.name = src_dict["name"]
        serverless_region.display_name = src_dict["displayName"]
        serverless_region.zone = src_dict["zone"]
        serverless_region.classification = src_dict["classification"]
        serverless_region.enabled = src_dict["enabled"]
        serverless_region.reserved_for_qualified_users = src_dict["reservedForQualifiedUsers"]
        serverless_region.region_type = src_dict["region_type"]
        serverless_region.pcu_types = pcu_types
        return serverless_region

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
from ..models.pcu_group_type import PCUGroupType
