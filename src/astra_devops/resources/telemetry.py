"""`client.telemetry`: exporting a database's metrics to your monitoring system.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

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
