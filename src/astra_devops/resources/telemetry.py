"""`client.telemetry`: exporting a database's metrics to your monitoring system.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.database_operations import configure_telemetry, get_telemetry_config

from .._endpoints import async_endpoint, endpoint
from .._resource import AsyncResource, SyncResource


class Telemetry(SyncResource):
    """Exporting a database's metrics to your monitoring system."""

    configure = endpoint(configure_telemetry)
    get = endpoint(get_telemetry_config)


class AsyncTelemetry(AsyncResource):
    """Exporting a database's metrics to your monitoring system (asynchronous)."""

    configure = async_endpoint(configure_telemetry)
    get = async_endpoint(get_telemetry_config)
