"""`client.telemetry`: exporting a database's metrics to your monitoring system."""

from .._async._raw import AsyncTelemetryWithRawResponse
from .._async.telemetry import AsyncTelemetry
from .._requests.telemetry import _CONFIGS, TelemetryConfig
from .._sync._raw import TelemetryWithRawResponse
from .._sync.telemetry import Telemetry

__all__ = [
    "_CONFIGS",
    "AsyncTelemetry",
    "AsyncTelemetryWithRawResponse",
    "Telemetry",
    "TelemetryConfig",
    "TelemetryWithRawResponse",
]
