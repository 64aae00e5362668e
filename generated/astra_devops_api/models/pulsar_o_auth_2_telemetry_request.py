from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pulsar_auth_request_auth_strategy import PulsarAuthRequestAuthStrategy
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PulsarOAuth2TelemetryRequest")
_WIRE_NAMES = frozenset(
    {
        "endpoint",
        "auth_strategy",
        "topic",
        "oauth2_credentials_url",
        "oauth2_issuer_url",
        "auth_name",
        "oauth2_audience",
        "oauth2_scope",
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
class PulsarOAuth2TelemetryRequest(_Sourced):
    """
    Attributes:
        endpoint (str):
        auth_strategy (PulsarAuthRequestAuthStrategy):
        topic (str):
        oauth2_credentials_url (str):
        oauth2_issuer_url (str):
        auth_name (str | Unset):
        oauth2_audience (str | Unset):
        oauth2_scope (str | Unset):
    """

    endpoint: str
    auth_strategy: PulsarAuthRequestAuthStrategy
    topic: str
    oauth2_credentials_url: str = _attrs_field(repr=False)
    oauth2_issuer_url: str
    auth_name: str | Unset = UNSET
    oauth2_audience: str | Unset = UNSET
    oauth2_scope: str | Unset = UNSET
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

        topic = self.topic

        oauth2_credentials_url = self.oauth2_credentials_url

        oauth2_issuer_url = self.oauth2_issuer_url

        auth_name = self.auth_name

        oauth2_audience = self.oauth2_audience

        oauth2_scope = self.oauth2_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "auth_strategy": auth_strategy,
                "topic": topic,
                "oauth2_credentials_url": oauth2_credentials_url,
                "oauth2_issuer_url": oauth2_issuer_url,
            }
        )
        if auth_name is not UNSET:
            field_dict["auth_name"] = auth_name
        if oauth2_audience is not UNSET:
            field_dict["oauth2_audience"] = oauth2_audience
        if oauth2_scope is not UNSET:
            field_dict["oauth2_scope"] = oauth2_scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        auth_strategy = PulsarAuthRequestAuthStrategy(src_dict["auth_strategy"])

        pulsar_o_auth_2_telemetry_request = object.__new__(cls)
        pulsar_o_auth_2_telemetry_request._source = src_dict
        pulsar_o_auth_2_telemetry_request.endpoint = src_dict["endpoint"]
        pulsar_o_auth_2_telemetry_request.auth_strategy = auth_strategy
        pulsar_o_auth_2_telemetry_request.topic = src_dict["topic"]
        pulsar_o_auth_2_telemetry_request.oauth2_credentials_url = src_dict["oauth2_credentials_url"]
        pulsar_o_auth_2_telemetry_request.oauth2_issuer_url = src_dict["oauth2_issuer_url"]
        pulsar_o_auth_2_telemetry_request.auth_name = src_dict.get("auth_name", UNSET)
        pulsar_o_auth_2_telemetry_request.oauth2_audience = src_dict.get("oauth2_audience", UNSET)
        pulsar_o_auth_2_telemetry_request.oauth2_scope = src_dict.get("oauth2_scope", UNSET)
        return pulsar_o_auth_2_telemetry_request

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
