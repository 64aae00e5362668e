from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.remote_prometheus_basic_auth_telemetry_request import (
        RemotePrometheusBasicAuthTelemetryRequest,
    )
    from ..models.remote_prometheus_bearer_auth_telemetry_request import (
        RemotePrometheusBearerAuthTelemetryRequest,
    )


T = TypeVar("T", bound="RemotePrometheusTelemetryRequest")
_WIRE_NAMES = frozenset(
    {
        "prometheus_remote",
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
class RemotePrometheusTelemetryRequest(_Sourced):
    """
    Attributes:
        prometheus_remote (RemotePrometheusBasicAuthTelemetryRequest | RemotePrometheusBearerAuthTelemetryRequest):
    """

    prometheus_remote: RemotePrometheusBasicAuthTelemetryRequest | RemotePrometheusBearerAuthTelemetryRequest
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
        prometheus_remote: dict[str, Any]
        if isinstance(self.prometheus_remote, RemotePrometheusBasicAuthTelemetryRequest):
            prometheus_remote = self.prometheus_remote.to_dict()
        else:
            prometheus_remote = self.prometheus_remote.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prometheus_remote": prometheus_remote,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_prometheus_remote(
            data: object,
        ) -> RemotePrometheusBasicAuthTelemetryRequest | RemotePrometheusBearerAuthTelemetryRequest:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_remote_prometheus_telemetry_request_block_type_0 = (
                    RemotePrometheusBasicAuthTelemetryRequest.from_dict(data)
                )

                return componentsschemas_remote_prometheus_telemetry_request_block_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_remote_prometheus_telemetry_request_block_type_1 = (
                RemotePrometheusBearerAuthTelemetryRequest.from_dict(data)
            )

            return componentsschemas_remote_prometheus_telemetry_request_block_type_1

        prometheus_remote = _parse_prometheus_remote(src_dict["prometheus_remote"])

        remote_prometheus_telemetry_request = object.__new__(cls)
        remote_prometheus_telemetry_request._source = src_dict
        remote_prometheus_telemetry_request.prometheus_remote = prometheus_remote
        return remote_prometheus_telemetry_request

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
from ..models.remote_prometheus_basic_auth_telemetry_request import (
    RemotePrometheusBasicAuthTelemetryRequest,
)
from ..models.remote_prometheus_bearer_auth_telemetry_request import (
    RemotePrometheusBearerAuthTelemetryRequest,
)
