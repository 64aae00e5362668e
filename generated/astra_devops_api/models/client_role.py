from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientRole")
_WIRE_NAMES = frozenset(
    {
        "clientId",
        "roles",
        "generatedOn",
    }
)


@_attrs_define
class ClientRole:
    """
    Attributes:
        client_id (str):
        roles (list[str]):
        generated_on (datetime.datetime | Unset):
    """

    client_id: str
    roles: list[str]
    generated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        roles = self.roles

        generated_on: str | Unset = UNSET
        if not isinstance(self.generated_on, Unset):
            generated_on = self.generated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "roles": roles,
            }
        )
        if generated_on is not UNSET:
            field_dict["generatedOn"] = generated_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _generated_on = src_dict.get("generatedOn", UNSET)
        generated_on: datetime.datetime | Unset
        if isinstance(_generated_on, Unset):
            generated_on = UNSET
        else:
            generated_on = datetime.datetime.fromisoformat(_generated_on)

        client_role = cls(
            src_dict["clientId"],
            src_dict["roles"],
            generated_on,
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            client_role.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return client_role

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
