from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.scim_group_member import SCIMGroupMember
    from ..models.scim_group_meta import SCIMGroupMeta


T = TypeVar("T", bound="SCIMGroup")
_WIRE_NAMES = frozenset(
    {
        "schemas",
        "id",
        "displayName",
        "members",
        "meta",
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
class SCIMGroup(_Sourced):
    """
    Attributes:
        schemas (list[str]):
        id (str):
        display_name (str):
        members (list[SCIMGroupMember] | Unset):
        meta (SCIMGroupMeta | Unset):
    """

    schemas: list[str]
    id: str
    display_name: str
    members: list[SCIMGroupMember] | Unset = UNSET
    meta: SCIMGroupMeta | Unset = UNSET
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

        display_name = self.display_name

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
                "id": id,
                "displayName": display_name,
            }
        )
        if members is not UNSET:
            field_dict["members"] = members
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _members = src_dict.get("members", UNSET)
        members: list[SCIMGroupMember] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = SCIMGroupMember.from_dict(members_item_data)

                members.append(members_item)

        _meta = src_dict.get("meta", UNSET)
        meta = UNSET if _meta is UNSET else SCIMGroupMeta.from_dict(_meta)

        scim_group = object.__new__(cls)
        scim_group._source = src_dict
        scim_group.schemas = src_dict["schemas"]
        scim_group.id = src_dict["id"]
        scim_group.display_name = src_dict["displayName"]
        scim_group.members = members
        scim_group.meta = meta
        return scim_group

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
from ..models.scim_group_member import SCIMGroupMember
from ..models.scim_group_meta import SCIMGroupMeta
