"""The methods of `client.telemetry` (asynchronous)."""

from __future__ import annotations

from .. import _operations as ops
from .._endpoints import NO_BODY
from .._requests.telemetry import CONFIG
from ._endpoints import async_endpoint
from ._raw import AsyncTelemetryWithRawResponse
from ._resource import AsyncResource


class AsyncTelemetry(AsyncResource[AsyncTelemetryWithRawResponse]):
    """Exporting a database's metrics to your monitoring system (asynchronous)."""

    configure = async_endpoint(ops.configure_telemetry, NO_BODY)
    get = async_endpoint(ops.get_telemetry_config, CONFIG)
