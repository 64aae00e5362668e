from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Role")
_WIRE_NAMES = frozenset(
    {
        "ID",
        "Name",
        "Type",
        "OrgID",
        "LastUpdateDateTime",
        "LastUpdateUserID",
        "policy",
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
class Role(_Sourced):
    """A role as the list and get answers send it. The policy comes under `policy`, or (as create and update answers spell
    it) `Policy`, which then arrives among the additional properties: read whichever spelling is present. Other keys
    have also been seen in other casings (`id`, `name`): a client that meets them reads them case-insensitively.

        Attributes:
            id (str):
            name (str):
            type_ (str | Unset): `default` for the roles every organization has, otherwise `custom`.
            org_id (str | Unset):
            last_update_date_time (str | Unset):
            last_update_user_id (str | Unset):
            policy (Any | Unset): A role policy. Answers send a string holding the policy object (RolePolicy) as JSON:
                decode it with a JSON parser. The object itself is also accepted, so the value is declared without a type;
                `x-astra-shapes` lists both forms.
    """

    id: str
    name: str
    type_: str | Unset = UNSET
    org_id: str | Unset = UNSET
    last_update_date_time: str | Unset = UNSET
    last_update_user_id: str | Unset = UNSET
    policy: Any | Unset = UNSET
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

        name = self.name

        type_ = self.type_

        org_id = self.org_id

        last_update_date_time = self.last_update_date_time

        last_update_user_id = self.last_update_user_id

        policy = self.policy.to_dict() if hasattr(self.policy, "to_dict") else self.policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if org_id is not UNSET:
            field_dict["OrgID"] = org_id
        if last_update_date_time is not UNSET:
            field_dict["LastUpdateDateTime"] = last_update_date_time
        if last_update_user_id is not UNSET:
            field_dict["LastUpdateUserID"] = last_update_user_id
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        role = object.__new__(cls)
        role._source = src_dict
        role.id = src_dict["ID"]
        role.name = src_dict["Name"]
        role.type_ = src_dict.get("Type", UNSET)
        role.org_id = src_dict.get("OrgID", UNSET)
        role.last_update_date_time = src_dict.get("LastUpdateDateTime", UNSET)
        role.last_update_user_id = src_dict.get("LastUpdateUserID", UNSET)
        role.policy = src_dict.get("policy", UNSET)
        return role

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
