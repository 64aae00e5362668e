# Generated from _async/audit_logs.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.audit_logs`."""

from __future__ import annotations

from astra_devops_api.models import PulsarTelemetryRequest

from .. import _operations as ops
from .._endpoints import NO_BODY, one
from ._endpoints import endpoint
from ._raw import AuditLogsWithRawResponse
from ._resource import SyncResource


class AuditLogs(SyncResource[AuditLogsWithRawResponse]):
    """Exporting the organization's audit log."""

    configure = endpoint(ops.set_audit_log_exporter_config, NO_BODY)
    get = endpoint(ops.get_audit_log_exporter_config, one(PulsarTelemetryRequest))
    delete = endpoint(ops.delete_audit_log_exporter_config, NO_BODY)
