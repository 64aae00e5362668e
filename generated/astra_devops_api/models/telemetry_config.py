from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cloud_watch_telemetry_request_block import (
        CloudWatchTelemetryRequestBlock,
    )
    from ..models.datadog_telemetry_request_block import DatadogTelemetryRequestBlock
    from ..models.kafka_telemetry_request_block import KafkaTelemetryRequestBlock
    from ..models.pulsar_telemetry_request_block import PulsarTelemetryRequestBlock
    from ..models.remote_prometheus_basic_auth_telemetry_request import (
        RemotePrometheusBasicAuthTelemetryRequest,
    )
    from ..models.remote_prometheus_bearer_auth_telemetry_request import (
        RemotePrometheusBearerAuthTelemetryRequest,
    )
    from ..models.splunk_telemetry_request_block import SplunkTelemetryRequestBlock


T = TypeVar("T", bound="TelemetryConfig")
_WIRE_NAMES = frozenset(
    {
        "kafka",
        "prometheus_remote",
        "cloudwatch",
        "splunk",
        "pulsar",
        "Datadog",
    }
)


def _build_cloudwatch(source: Mapping[str, Any]) -> CloudWatchTelemetryRequestBlock:
    return CloudWatchTelemetryRequestBlock.from_dict(source["cloudwatch"])


def _build_splunk(source: Mapping[str, Any]) -> SplunkTelemetryRequestBlock:
    return SplunkTelemetryRequestBlock.from_dict(source["splunk"])


def _build_datadog(source: Mapping[str, Any]) -> DatadogTelemetryRequestBlock:
    return DatadogTelemetryRequestBlock.from_dict(source["Datadog"])


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "cloudwatch": _build_cloudwatch,
    "splunk": _build_splunk,
    "datadog": _build_datadog,
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class TelemetryConfig(_Sourced):
    """The database's metrics export: one key, named after the destination, holds its settings. The others are absent.

    Attributes:
        kafka (KafkaTelemetryRequestBlock | Unset):
        prometheus_remote (RemotePrometheusBasicAuthTelemetryRequest | RemotePrometheusBearerAuthTelemetryRequest |
            Unset):
        cloudwatch (CloudWatchTelemetryRequestBlock | Unset):
        splunk (SplunkTelemetryRequestBlock | Unset):
        pulsar (PulsarTelemetryRequestBlock | Unset): Where to send Pulsar messages and how to authenticate. With
            `auth_strategy: token`, `token` is required; with `oauth2`, `oauth2_credentials_url` and `oauth2_issuer_url` are
            (`oauth2_audience` and `oauth2_scope` optional).
        datadog (DatadogTelemetryRequestBlock | Unset):
    """

    kafka: KafkaTelemetryRequestBlock | Unset = UNSET
    prometheus_remote: (
        RemotePrometheusBasicAuthTelemetryRequest | RemotePrometheusBearerAuthTelemetryRequest | Unset
    ) = UNSET
    cloudwatch: CloudWatchTelemetryRequestBlock | Unset = UNSET
    splunk: SplunkTelemetryRequestBlock | Unset = UNSET
    pulsar: PulsarTelemetryRequestBlock | Unset = UNSET
    datadog: DatadogTelemetryRequestBlock | Unset = UNSET
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
        kafka: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kafka, Unset):
            kafka = self.kafka.to_dict()

        prometheus_remote: dict[str, Any] | Unset
        if isinstance(self.prometheus_remote, Unset):
            prometheus_remote = UNSET
        elif isinstance(self.prometheus_remote, RemotePrometheusBasicAuthTelemetryRequest):
            prometheus_remote = self.prometheus_remote.to_dict()
        else:
            prometheus_remote = self.prometheus_remote.to_dict()

        cloudwatch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloudwatch, Unset):
            cloudwatch = self.cloudwatch.to_dict()

        splunk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.splunk, Unset):
            splunk = self.splunk.to_dict()

        pulsar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pulsar, Unset):
            pulsar = self.pulsar.to_dict()

        datadog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datadog, Unset):
            datadog = self.datadog.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kafka is not UNSET:
            field_dict["kafka"] = kafka
        if prometheus_remote is not UNSET:
            field_dict["prometheus_remote"] = prometheus_remote
        if cloudwatch is not UNSET:
            field_dict["cloudwatch"] = cloudwatch
        if splunk is not UNSET:
            field_dict["splunk"] = splunk
        if pulsar is not UNSET:
            field_dict["pulsar"] = pulsar
        if datadog is not UNSET:
            field_dict["Datadog"] = datadog

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _kafka = src_dict.get("kafka", UNSET)
        kafka = UNSET if _kafka is UNSET else KafkaTelemetryRequestBlock.from_dict(_kafka)

        def _parse_prometheus_remote(
            data: object,
        ) -> RemotePrometheusBasicAuthTelemetryRequest | RemotePrometheusBearerAuthTelemetryRequest | Unset:
            if isinstance(data, Unset):
                return data
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

        prometheus_remote = _parse_prometheus_remote(src_dict.get("prometheus_remote", UNSET))

        _cloudwatch = src_dict.get("cloudwatch", UNSET)

        _splunk = src_dict.get("splunk", UNSET)

        _pulsar = src_dict.get("pulsar", UNSET)
        pulsar = UNSET if _pulsar is UNSET else PulsarTelemetryRequestBlock.from_dict(_pulsar)

        _datadog = src_dict.get("Datadog", UNSET)

        telemetry_config = object.__new__(cls)
        telemetry_config._source = src_dict
        telemetry_config.kafka = kafka
        telemetry_config.prometheus_remote = prometheus_remote
        if _cloudwatch is UNSET:
            telemetry_config.cloudwatch = UNSET
        elif (
            type(_cloudwatch) is not dict
            or "access_key" not in _cloudwatch
            or "secret" not in _cloudwatch
            or "region" not in _cloudwatch
        ):
            telemetry_config.cloudwatch = CloudWatchTelemetryRequestBlock.from_dict(_cloudwatch)
        if _splunk is UNSET:
            telemetry_config.splunk = UNSET
        elif type(_splunk) is not dict or "endpoint" not in _splunk or "index" not in _splunk or "token" not in _splunk:
            telemetry_config.splunk = SplunkTelemetryRequestBlock.from_dict(_splunk)
        telemetry_config.pulsar = pulsar
        if _datadog is UNSET:
            telemetry_config.datadog = UNSET
        elif type(_datadog) is not dict or "api_key" not in _datadog:
            telemetry_config.datadog = DatadogTelemetryRequestBlock.from_dict(_datadog)
        return telemetry_config

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
from ..models.cloud_watch_telemetry_request_block import CloudWatchTelemetryRequestBlock
from ..models.datadog_telemetry_request_block import DatadogTelemetryRequestBlock
from ..models.kafka_telemetry_request_block import KafkaTelemetryRequestBlock
from ..models.pulsar_telemetry_request_block import PulsarTelemetryRequestBlock
from ..models.remote_prometheus_basic_auth_telemetry_request import (
    RemotePrometheusBasicAuthTelemetryRequest,
)
from ..models.remote_prometheus_bearer_auth_telemetry_request import (
    RemotePrometheusBearerAuthTelemetryRequest,
)
from ..models.splunk_telemetry_request_block import SplunkTelemetryRequestBlock
