from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pulsar_auth_request_auth_strategy import PulsarAuthRequestAuthStrategy
from ..types import UNSET, Unset

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


def _extras(state: Any) -> dict[str, Any]:
    """The additional properties a model holds, from its state: None (none yet), a 1-item list
    holding their dict, or, for a model built by `from_dict`, its decoded source, whose unknown keys
    are read on first use."""
    if state is None:
        return {}
    if type(state) is list:
        extras: dict[str, Any] = state[0]
        return extras
    if _WIRE_NAMES.issuperset(state):
        return {}
    return {key: value for key, value in state.items() if key not in _WIRE_NAMES}


def _shown(state: Any) -> str:
    return repr(_extras(state))


@_attrs_define
class PulsarOAuth2TelemetryRequest:
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
    oauth2_credentials_url: str
    oauth2_issuer_url: str
    auth_name: str | Unset = UNSET
    oauth2_audience: str | Unset = UNSET
    oauth2_scope: str | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

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

        pulsar_o_auth_2_telemetry_request = cls(
            src_dict["endpoint"],
            auth_strategy,
            src_dict["topic"],
            src_dict["oauth2_credentials_url"],
            src_dict["oauth2_issuer_url"],
            src_dict.get("auth_name", UNSET),
            src_dict.get("oauth2_audience", UNSET),
            src_dict.get("oauth2_scope", UNSET),
        )

        pulsar_o_auth_2_telemetry_request._additional_properties = src_dict
        return pulsar_o_auth_2_telemetry_request

    @property
    def additional_properties(self) -> dict[str, Any]:
        state = self._additional_properties
        if type(state) is list:
            extras: dict[str, Any] = state[0]
            return extras
        extras = _extras(state)
        self._additional_properties = [extras]
        return extras

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = [value]

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
