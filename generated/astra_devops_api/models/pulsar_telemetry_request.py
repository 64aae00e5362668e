from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pulsar_o_auth_2_telemetry_request import PulsarOAuth2TelemetryRequest
    from ..models.pulsar_token_auth_telemetry_request import (
        PulsarTokenAuthTelemetryRequest,
    )


T = TypeVar("T", bound="PulsarTelemetryRequest")
_WIRE_NAMES = frozenset(
    {
        "pulsar",
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
class PulsarTelemetryRequest:
    """
    Attributes:
        pulsar (PulsarOAuth2TelemetryRequest | PulsarTokenAuthTelemetryRequest):
    """

    pulsar: PulsarOAuth2TelemetryRequest | PulsarTokenAuthTelemetryRequest
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        pulsar: dict[str, Any]
        if isinstance(self.pulsar, PulsarTokenAuthTelemetryRequest):
            pulsar = self.pulsar.to_dict()
        else:
            pulsar = self.pulsar.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pulsar": pulsar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_pulsar(data: object) -> PulsarOAuth2TelemetryRequest | PulsarTokenAuthTelemetryRequest:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pulsar_telemetry_request_block_type_0 = PulsarTokenAuthTelemetryRequest.from_dict(
                    data
                )

                return componentsschemas_pulsar_telemetry_request_block_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_pulsar_telemetry_request_block_type_1 = PulsarOAuth2TelemetryRequest.from_dict(data)

            return componentsschemas_pulsar_telemetry_request_block_type_1

        pulsar = _parse_pulsar(src_dict["pulsar"])

        pulsar_telemetry_request = cls(
            pulsar,
        )

        pulsar_telemetry_request._additional_properties = src_dict
        return pulsar_telemetry_request

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


# Imported once, after the class, rather than on every call: models may refer to each other in cycles.
from ..models.pulsar_o_auth_2_telemetry_request import PulsarOAuth2TelemetryRequest
from ..models.pulsar_token_auth_telemetry_request import PulsarTokenAuthTelemetryRequest
