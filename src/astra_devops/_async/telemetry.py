"""The methods of `client.telemetry` (asynchronous)."""

from __future__ import annotations

from functools import cached_property

from .. import _operations as ops
from .._endpoints import NO_BODY
from .._requests.telemetry import CONFIG
from ._endpoints import async_endpoint
from ._raw import AsyncTelemetryWithRawResponse
from ._resource import AsyncResource


class AsyncTelemetry(AsyncResource):
    """Exporting a database's metrics to your monitoring system (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncTelemetryWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncTelemetryWithRawResponse(self)

    configure = async_endpoint(ops.configure_telemetry, NO_BODY)
    get = async_endpoint(ops.get_telemetry_config, CONFIG)
