"""`client.telemetry`: exporting a database's metrics to your monitoring system.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from contextlib import suppress
from functools import cached_property

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
from .._resource import AsyncResource, SyncResource, async_raw_response, raw_response
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

    @cached_property
    def with_raw_response(self) -> TelemetryWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return TelemetryWithRawResponse(self)

    configure = endpoint(ops.configure_telemetry, NO_BODY)
    get = endpoint(ops.get_telemetry_config, CONFIG)


class AsyncTelemetry(AsyncResource):
    """Exporting a database's metrics to your monitoring system (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncTelemetryWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncTelemetryWithRawResponse(self)

    configure = async_endpoint(ops.configure_telemetry, NO_BODY)
    get = async_endpoint(ops.get_telemetry_config, CONFIG)


class TelemetryWithRawResponse:
    """`client.telemetry.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, telemetry: Telemetry) -> None:
        self.configure = raw_response(telemetry.configure)
        self.get = raw_response(telemetry.get)


class AsyncTelemetryWithRawResponse:
    """`client.telemetry.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, telemetry: AsyncTelemetry) -> None:
        self.configure = async_raw_response(telemetry.configure)
        self.get = async_raw_response(telemetry.get)
