"""Request builders, checks and parsers of `client.telemetry`: no I/O, so both clients share them."""

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

from .._endpoints import Parser
from .._parsing import parse_model
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
