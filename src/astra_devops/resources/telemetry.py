"""`client.telemetry`: exporting a database's metrics to your monitoring system.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from contextlib import suppress

import httpx
from astra_devops_api.models import (
    CloudWatchTelemetryRequest,
    DatadogTelemetryRequest,
    KafkaTelemetryRequest,
    PulsarTelemetryRequest,
    RemotePrometheusTelemetryRequest,
    SplunkTelemetryRequest,
)

from .. import _operations as ops
from .._endpoints import NO_BODY, Parser, async_endpoint, endpoint
from .._parsing import parse_model
from .._resource import AsyncResource, SyncResource
from .._transport import json_body
from ..errors import APIResponseValidationError

TelemetryConfig = (
    KafkaTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | PulsarTelemetryRequest
    | SplunkTelemetryRequest
    | DatadogTelemetryRequest
    | CloudWatchTelemetryRequest
)
_CONFIGS: tuple[type[TelemetryConfig], ...] = (
    KafkaTelemetryRequest,
    RemotePrometheusTelemetryRequest,
    PulsarTelemetryRequest,
    SplunkTelemetryRequest,
    DatadogTelemetryRequest,
    CloudWatchTelemetryRequest,
)


def _config(response: httpx.Response) -> TelemetryConfig:
    """The exporter's configuration, in whichever of the contract's shapes it comes."""
    data = json_body(response)
    for model in _CONFIGS:
        with suppress(APIResponseValidationError):
            return parse_model(model, data, response)
    names = ", ".join(model.__name__ for model in _CONFIGS)
    raise APIResponseValidationError(response, f"expected one of {names}")


CONFIG: Parser[TelemetryConfig] = Parser(_config, TelemetryConfig)


class Telemetry(SyncResource):
    """Exporting a database's metrics to your monitoring system."""

    configure = endpoint(ops.configure_telemetry, NO_BODY)
    get = endpoint(ops.get_telemetry_config, CONFIG)


class AsyncTelemetry(AsyncResource):
    """Exporting a database's metrics to your monitoring system (asynchronous)."""

    configure = async_endpoint(ops.configure_telemetry, NO_BODY)
    get = async_endpoint(ops.get_telemetry_config, CONFIG)
