from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remote_prometheus_auth_request_auth_strategy import (
    RemotePrometheusAuthRequestAuthStrategy,
)

T = TypeVar("T", bound="RemotePrometheusBearerAuthTelemetryRequest")


@_attrs_define
class RemotePrometheusBearerAuthTelemetryRequest:
    """
    Attributes:
        endpoint (str):
        auth_strategy (RemotePrometheusAuthRequestAuthStrategy):
        token (str):
    """

    endpoint: str
    auth_strategy: RemotePrometheusAuthRequestAuthStrategy
    token: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        auth_strategy = self.auth_strategy.value

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "auth_strategy": auth_strategy,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        auth_strategy = RemotePrometheusAuthRequestAuthStrategy(d.pop("auth_strategy"))

        token = d.pop("token")

        remote_prometheus_bearer_auth_telemetry_request = cls(
            endpoint=endpoint,
            auth_strategy=auth_strategy,
            token=token,
        )

        remote_prometheus_bearer_auth_telemetry_request.additional_properties = d
        return remote_prometheus_bearer_auth_telemetry_request

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
