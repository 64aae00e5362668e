# Generated from _async/telemetry.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.telemetry`."""

from __future__ import annotations

from .. import _operations as ops
from .._endpoints import NO_BODY
from .._requests.telemetry import CONFIG
from ._endpoints import endpoint
from ._raw import TelemetryWithRawResponse
from ._resource import SyncResource


class Telemetry(SyncResource[TelemetryWithRawResponse]):
    """Exporting a database's metrics to your monitoring system."""

    configure = endpoint(ops.configure_telemetry, NO_BODY)
    get = endpoint(ops.get_telemetry_config, CONFIG)
