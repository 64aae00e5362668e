from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.role_policy import RolePolicy


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
    """A role as the list and get answers send it (seed 003). The API has been seen with other casings of the same keys;
    read them case-insensitively.

        Attributes:
            id (str):
            name (str):
            type_ (str | Unset): `default` for the roles every organization has, otherwise `custom`.
            org_id (str | Unset):
            last_update_date_time (str | Unset):
            last_update_user_id (str | Unset):
            policy (RolePolicy | str | Unset): A role policy: the policy object, or (as every seed 003 answer sends it) a
                string holding the policy object as JSON. Decode the string with a JSON parser.
    """

    id: str
    name: str
    type_: str | Unset = UNSET
    org_id: str | Unset = UNSET
    last_update_date_time: str | Unset = UNSET
    last_update_user_id: str | Unset = UNSET
    policy: RolePolicy | str | Unset = UNSET
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

        policy: dict[str, Any] | str | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, RolePolicy):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

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
        def _parse_policy(data: object) -> RolePolicy | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_role_policy_value_type_0 = RolePolicy.from_dict(data)

                return componentsschemas_role_policy_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RolePolicy | str | Unset, data)

        policy = _parse_policy(src_dict.get("policy", UNSET))

        role = object.__new__(cls)
        role._source = src_dict
        role.id = src_dict["ID"]
        role.name = src_dict["Name"]
        role.type_ = src_dict.get("Type", UNSET)
        role.org_id = src_dict.get("OrgID", UNSET)
        role.last_update_date_time = src_dict.get("LastUpdateDateTime", UNSET)
        role.last_update_user_id = src_dict.get("LastUpdateUserID", UNSET)
        role.policy = policy
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


# Imported once, after the class, rather than on every call: models may refer to each other in cycles.
from ..models.role_policy import RolePolicy
