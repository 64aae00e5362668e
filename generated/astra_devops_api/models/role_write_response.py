from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RoleWriteResponse")
_WIRE_NAMES = frozenset(
    {
        "ID",
        "Name",
        "OrgID",
        "Policy",
        "LastUpdateDateTime",
        "LastUpdateUserID",
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
class RoleWriteResponse(_Sourced):
    """The answer to creating or updating a role: PascalCase keys, the policy under `Policy`, and `LastUpdateDateTime` may
    be an empty string. A policy spelled `policy` comes among the additional properties: read whichever spelling is
    present.

        Attributes:
            id (str):
            name (str):
            org_id (str | Unset):
            policy (Any | Unset): A role policy. Answers send a string holding the policy object (RolePolicy) as JSON:
                decode it with a JSON parser. The object itself is also accepted, so the value is declared without a type;
                `x-astra-shapes` lists both forms.
            last_update_date_time (str | Unset): An RFC 3339 time, or an empty string.
            last_update_user_id (str | Unset):
    """

    id: str
    name: str
    org_id: str | Unset = UNSET
    policy: Any | Unset = UNSET
    last_update_date_time: str | Unset = UNSET
    last_update_user_id: str | Unset = UNSET
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

        org_id = self.org_id

        policy = self.policy.to_dict() if hasattr(self.policy, "to_dict") else self.policy

        last_update_date_time = self.last_update_date_time

        last_update_user_id = self.last_update_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Name": name,
            }
        )
        if org_id is not UNSET:
            field_dict["OrgID"] = org_id
        if policy is not UNSET:
            field_dict["Policy"] = policy
        if last_update_date_time is not UNSET:
            field_dict["LastUpdateDateTime"] = last_update_date_time
        if last_update_user_id is not UNSET:
            field_dict["LastUpdateUserID"] = last_update_user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        role_write_response = object.__new__(cls)
        role_write_response._source = src_dict
        role_write_response.id = src_dict["ID"]
        role_write_response.name = src_dict["Name"]
        role_write_response.org_id = src_dict.get("OrgID", UNSET)
        role_write_response.policy = src_dict.get("Policy", UNSET)
        role_write_response.last_update_date_time = src_dict.get("LastUpdateDateTime", UNSET)
        role_write_response.last_update_user_id = src_dict.get("LastUpdateUserID", UNSET)
        return role_write_response

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
