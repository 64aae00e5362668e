from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class SCIMGroup:
    """
    Attributes:
        schemas (list[str]):
        id (UUID):
        display_name (str):
        members (list[SCIMGroupMember] | Unset):
        meta (SCIMGroupMeta | Unset):
    """

    schemas: list[str]
    id: UUID
    display_name: str
    members: list[SCIMGroupMember] | Unset = UNSET
    meta: SCIMGroupMeta | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        schemas = self.schemas

        id = str(self.id)

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
        id = UUID(src_dict["id"])

        _members = src_dict.get("members", UNSET)
        members: list[SCIMGroupMember] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = SCIMGroupMember.from_dict(members_item_data)

                members.append(members_item)

        _meta = src_dict.get("meta", UNSET)
        meta: SCIMGroupMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SCIMGroupMeta.from_dict(_meta)

        scim_group = cls(
            src_dict["schemas"],
            id,
            src_dict["displayName"],
            members,
            meta,
        )

        scim_group._additional_properties = src_dict
        return scim_group

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


# Imported once, after the class, rather than on every call: models may refer to each other in cycles.
from ..models.scim_group_member import SCIMGroupMember
from ..models.scim_group_meta import SCIMGroupMeta
