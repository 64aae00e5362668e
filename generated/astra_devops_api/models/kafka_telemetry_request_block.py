from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kafka_telemetry_request_block_sasl_mechanism import (
    KafkaTelemetryRequestBlockSaslMechanism,
)
from ..models.kafka_telemetry_request_block_security_protocol import (
    KafkaTelemetryRequestBlockSecurityProtocol,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KafkaTelemetryRequestBlock")
_WIRE_NAMES = frozenset(
    {
        "bootstrap_servers",
        "topic",
        "sasl_mechanism",
        "sasl_username",
        "sasl_password",
        "security_protocol",
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
class KafkaTelemetryRequestBlock:
    """
    Attributes:
        bootstrap_servers (list[str]):
        topic (str):
        sasl_mechanism (KafkaTelemetryRequestBlockSaslMechanism):
        sasl_username (str):
        sasl_password (str):
        security_protocol (KafkaTelemetryRequestBlockSecurityProtocol | Unset):
    """

    bootstrap_servers: list[str]
    topic: str
    sasl_mechanism: KafkaTelemetryRequestBlockSaslMechanism
    sasl_username: str
    sasl_password: str
    security_protocol: KafkaTelemetryRequestBlockSecurityProtocol | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        bootstrap_servers = self.bootstrap_servers

        topic = self.topic

        sasl_mechanism = self.sasl_mechanism.value

        sasl_username = self.sasl_username

        sasl_password = self.sasl_password

        security_protocol: str | Unset = UNSET
        if not isinstance(self.security_protocol, Unset):
            security_protocol = self.security_protocol.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bootstrap_servers": bootstrap_servers,
                "topic": topic,
                "sasl_mechanism": sasl_mechanism,
                "sasl_username": sasl_username,
                "sasl_password": sasl_password,
            }
        )
        if security_protocol is not UNSET:
            field_dict["security_protocol"] = security_protocol

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        sasl_mechanism = KafkaTelemetryRequestBlockSaslMechanism(src_dict["sasl_mechanism"])

        _security_protocol = src_dict.get("security_protocol", UNSET)
        security_protocol: KafkaTelemetryRequestBlockSecurityProtocol | Unset
        if isinstance(_security_protocol, Unset):
            security_protocol = UNSET
        else:
            security_protocol = KafkaTelemetryRequestBlockSecurityProtocol(_security_protocol)

        kafka_telemetry_request_block = cls(
            src_dict["bootstrap_servers"],
            src_dict["topic"],
            sasl_mechanism,
            src_dict["sasl_username"],
            src_dict["sasl_password"],
            security_protocol,
        )

        kafka_telemetry_request_block._additional_properties = src_dict
        return kafka_telemetry_request_block

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
