from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remote_prometheus_auth_request_auth_strategy import (
    RemotePrometheusAuthRequestAuthStrategy,
)

T = TypeVar("T", bound="RemotePrometheusAuthRequest")
_WIRE_NAMES = frozenset(
    {
        "endpoint",
        "auth_strategy",
    }
)


@_attrs_define
class RemotePrometheusAuthRequest:
    """
    Attributes:
        endpoint (str):
        auth_strategy (RemotePrometheusAuthRequestAuthStrategy):
    """

    endpoint: str
    auth_strategy: RemotePrometheusAuthRequestAuthStrategy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        auth_strategy = self.auth_strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "auth_strategy": auth_strategy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        auth_strategy = RemotePrometheusAuthRequestAuthStrategy(src_dict["auth_strategy"])

        remote_prometheus_auth_request = cls(
            src_dict["endpoint"],
            auth_strategy,
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            remote_prometheus_auth_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return remote_prometheus_auth_request

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
