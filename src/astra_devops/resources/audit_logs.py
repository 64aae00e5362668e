"""`client.audit_logs`: exporting the organization's audit log.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.organization_operations import (
    delete_audit_log_exporter_config,
    get_audit_log_exporter_config,
    set_audit_log_exporter_config,
)
from astra_devops_api.models import PulsarTelemetryRequest

from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class AuditLogs(SyncResource):
    """Exporting the organization's audit log."""

    configure = endpoint(set_audit_log_exporter_config)
    get = endpoint(get_audit_log_exporter_config, one(PulsarTelemetryRequest))
    delete = endpoint(delete_audit_log_exporter_config)


class AsyncAuditLogs(AsyncResource):
    """Exporting the organization's audit log (asynchronous)."""

    configure = async_endpoint(set_audit_log_exporter_config)
    get = async_endpoint(get_audit_log_exporter_config, one(PulsarTelemetryRequest))
    delete = async_endpoint(delete_audit_log_exporter_config)
