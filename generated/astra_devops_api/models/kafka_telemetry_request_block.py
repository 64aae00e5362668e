from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kafka_telemetry_request_block_sasl_mechanism import (
    KafkaTelemetryRequestBlockSaslMechanism,
)
from ..models.kafka_telemetry_request_block_security_protocol import (
    KafkaTelemetryRequestBlockSecurityProtocol,
)
from ..types import UNSET, Unset, model_repr

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
class KafkaTelemetryRequestBlock(_Sourced):
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
    sasl_password: str = _attrs_field(repr=False)
    security_protocol: KafkaTelemetryRequestBlockSecurityProtocol | Unset = UNSET
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
        security_protocol = (
            UNSET if _security_protocol is UNSET else KafkaTelemetryRequestBlockSecurityProtocol(_security_protocol)
        )

        kafka_telemetry_request_block = object.__new__(cls)
        kafka_telemetry_request_block._source = src_dict
        kafka_telemetry_request_block.bootstrap_servers = src_dict["bootstrap_servers"]
        kafka_telemetry_request_block.topic = src_dict["topic"]
        kafka_telemetry_request_block.sasl_mechanism = sasl_mechanism
        kafka_telemetry_request_block.sasl_username = src_dict["sasl_username"]
        kafka_telemetry_request_block.sasl_password = src_dict["sasl_password"]
        kafka_telemetry_request_block.security_protocol = security_protocol
        return kafka_telemetry_request_block

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
