"""`client.audit_logs`: exporting the organization's audit log.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.models import PulsarTelemetryRequest

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class AuditLogs(SyncResource):
    """Exporting the organization's audit log."""

    configure = endpoint(ops.set_audit_log_exporter_config, NO_BODY)
    get = endpoint(ops.get_audit_log_exporter_config, one(PulsarTelemetryRequest))
    delete = endpoint(ops.delete_audit_log_exporter_config, NO_BODY)


class AsyncAuditLogs(AsyncResource):
    """Exporting the organization's audit log (asynchronous)."""

    configure = async_endpoint(ops.set_audit_log_exporter_config, NO_BODY)
    get = async_endpoint(ops.get_audit_log_exporter_config, one(PulsarTelemetryRequest))
    delete = async_endpoint(ops.delete_audit_log_exporter_config, NO_BODY)
