from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceAccountTokenInput")


@_attrs_define
class ServiceAccountTokenInput:
    """
    Attributes:
        client_name (str):
        client_id (str):
        client_secret (UUID):
    """

    client_name: str
    client_id: str
    client_secret: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_name = self.client_name

        client_id = self.client_id

        client_secret = str(self.client_secret)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientName": client_name,
                "clientId": client_id,
                "clientSecret": client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_name = d.pop("clientName")

        client_id = d.pop("clientId")

        client_secret = UUID(d.pop("clientSecret"))

        service_account_token_input = cls(
            client_name=client_name,
            client_id=client_id,
            client_secret=client_secret,
        )

        service_account_token_input.additional_properties = d
        return service_account_token_input

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
