from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PulsarTelemetryRequestBlock")
_WIRE_NAMES = frozenset(
    {
        "endpoint",
        "auth_strategy",
        "topic",
        "auth_name",
        "token",
        "oauth2_credentials_url",
        "oauth2_issuer_url",
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
class PulsarTelemetryRequestBlock(_Sourced):
    """Where to send Pulsar messages and how to authenticate. With `auth_strategy: token`, `token` is required; with
    `oauth2`, `oauth2_credentials_url` and `oauth2_issuer_url` are (`oauth2_audience` and `oauth2_scope` optional).

        Attributes:
            endpoint (str):
            auth_strategy (str):
            topic (str):
            auth_name (str | Unset):
            token (str | Unset):
            oauth2_credentials_url (str | Unset):
            oauth2_issuer_url (str | Unset):
            oauth2_audience (str | Unset):
            oauth2_scope (str | Unset):
    """

    endpoint: str
    auth_strategy: str
    topic: str
    auth_name: str | Unset = UNSET
    token: str | Unset = _attrs_field(default=UNSET, repr=False)
    oauth2_credentials_url: str | Unset = _attrs_field(default=UNSET, repr=False)
    oauth2_issuer_url: str | Unset = UNSET
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

        auth_strategy = self.auth_strategy

        topic = self.topic

        auth_name = self.auth_name

        token = self.token

        oauth2_credentials_url = self.oauth2_credentials_url

        oauth2_issuer_url = self.oauth2_issuer_url

        oauth2_audience = self.oauth2_audience

        oauth2_scope = self.oauth2_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "auth_strategy": auth_strategy,
                "topic": topic,
            }
        )
        if auth_name is not UNSET:
            field_dict["auth_name"] = auth_name
        if token is not UNSET:
            field_dict["token"] = token
        if oauth2_credentials_url is not UNSET:
            field_dict["oauth2_credentials_url"] = oauth2_credentials_url
        if oauth2_issuer_url is not UNSET:
            field_dict["oauth2_issuer_url"] = oauth2_issuer_url
        if oauth2_audience is not UNSET:
            field_dict["oauth2_audience"] = oauth2_audience
        if oauth2_scope is not UNSET:
            field_dict["oauth2_scope"] = oauth2_scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        pulsar_telemetry_request_block = object.__new__(cls)
        pulsar_telemetry_request_block._source = src_dict
        pulsar_telemetry_request_block.endpoint = src_dict["endpoint"]
        pulsar_telemetry_request_block.auth_strategy = src_dict["auth_strategy"]
        pulsar_telemetry_request_block.topic = src_dict["topic"]
        pulsar_telemetry_request_block.auth_name = src_dict.get("auth_name", UNSET)
        pulsar_telemetry_request_block.token = src_dict.get("token", UNSET)
        pulsar_telemetry_request_block.oauth2_credentials_url = src_dict.get("oauth2_credentials_url", UNSET)
        pulsar_telemetry_request_block.oauth2_issuer_url = src_dict.get("oauth2_issuer_url", UNSET)
        pulsar_telemetry_request_block.oauth2_audience = src_dict.get("oauth2_audience", UNSET)
        pulsar_telemetry_request_block.oauth2_scope = src_dict.get("oauth2_scope", UNSET)
        return pulsar_telemetry_request_block

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
