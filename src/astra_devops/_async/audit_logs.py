"""The methods of `client.audit_logs` (asynchronous)."""

from __future__ import annotations

from astra_devops_api.models import PulsarTelemetryRequest

from .. import _operations as ops
from .._endpoints import NO_BODY, one
from ._endpoints import async_endpoint
from ._raw import AsyncAuditLogsWithRawResponse
from ._resource import AsyncResource


class AsyncAuditLogs(AsyncResource[AsyncAuditLogsWithRawResponse]):
    """Exporting the organization's audit log (asynchronous)."""

    configure = async_endpoint(ops.set_audit_log_exporter_config, NO_BODY)
    get = async_endpoint(ops.get_audit_log_exporter_config, one(PulsarTelemetryRequest))
    delete = async_endpoint(ops.delete_audit_log_exporter_config, NO_BODY)
