from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_policy import RolePolicy


T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        last_update_datetime (datetime.datetime | Unset):
        last_update_userid (str | Unset):
        policy (RolePolicy | str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    last_update_datetime: datetime.datetime | Unset = UNSET
    last_update_userid: str | Unset = UNSET
    policy: RolePolicy | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        last_update_datetime: str | Unset = UNSET
        if not isinstance(self.last_update_datetime, Unset):
            last_update_datetime = self.last_update_datetime.isoformat()

        last_update_userid = self.last_update_userid

        policy: dict[str, Any] | str | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, RolePolicy):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if last_update_datetime is not UNSET:
            field_dict["last_update_datetime"] = last_update_datetime
        if last_update_userid is not UNSET:
            field_dict["last_update_userid"] = last_update_userid
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _last_update_datetime = d.pop("last_update_datetime", UNSET)
        last_update_datetime: datetime.datetime | Unset
        if isinstance(_last_update_datetime, Unset):
            last_update_datetime = UNSET
        else:
            last_update_datetime = datetime.datetime.fromisoformat(_last_update_datetime)

        last_update_userid = d.pop("last_update_userid", UNSET)

        def _parse_policy(data: object) -> RolePolicy | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                policy_type_0 = RolePolicy.from_dict(data)

                return policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RolePolicy | str | Unset, data)

        policy = _parse_policy(d.pop("policy", UNSET))

        role = cls(
            id=id,
            name=name,
            last_update_datetime=last_update_datetime,
            last_update_userid=last_update_userid,
            policy=policy,
        )

        role.additional_properties = d
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
