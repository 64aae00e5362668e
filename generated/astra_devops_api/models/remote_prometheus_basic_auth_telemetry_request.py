from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remote_prometheus_basic_auth_telemetry_request_auth_strategy import (
    RemotePrometheusBasicAuthTelemetryRequestAuthStrategy,
)
from ..types import model_repr

T = TypeVar("T", bound="RemotePrometheusBasicAuthTelemetryRequest")
_WIRE_NAMES = frozenset(
    {
        "endpoint",
        "auth_strategy",
        "user",
        "password",
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
class RemotePrometheusBasicAuthTelemetryRequest(_Sourced):
    """
    Attributes:
        endpoint (str):
        auth_strategy (RemotePrometheusBasicAuthTelemetryRequestAuthStrategy):
        user (str):
        password (str):
    """

    endpoint: str
    auth_strategy: RemotePrometheusBasicAuthTelemetryRequestAuthStrategy
    user: str
    password: str = _attrs_field(repr=False)
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
        endpoint = self.endpoint

        auth_strategy = self.auth_strategy.value

        user = self.user

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "auth_strategy": auth_strategy,
                "user": user,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        auth_strategy = RemotePrometheusBasicAuthTelemetryRequestAuthStrategy(src_dict["auth_strategy"])

        remote_prometheus_basic_auth_telemetry_request = object.__new__(cls)
        remote_prometheus_basic_auth_telemetry_request._source = src_dict
        remote_prometheus_basic_auth_telemetry_request.endpoint = src_dict["endpoint"]
        remote_prometheus_basic_auth_telemetry_request.auth_strategy = auth_strategy
        remote_prometheus_basic_auth_telemetry_request.user = src_dict["user"]
        remote_prometheus_basic_auth_telemetry_request.password = src_dict["password"]
        return remote_prometheus_basic_auth_telemetry_request

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
