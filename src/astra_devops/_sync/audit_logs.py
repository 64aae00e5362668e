# Generated from _async/audit_logs.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.audit_logs`."""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models import PulsarTelemetryRequest

from .. import _operations as ops
from .._endpoints import NO_BODY, one
from ._endpoints import endpoint
from ._raw import AuditLogsWithRawResponse
from ._resource import SyncResource


class AuditLogs(SyncResource):
    """Exporting the organization's audit log."""

    @cached_property
    def with_raw_response(self) -> AuditLogsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AuditLogsWithRawResponse(self)

    configure = endpoint(ops.set_audit_log_exporter_config, NO_BODY)
    get = endpoint(ops.get_audit_log_exporter_config, one(PulsarTelemetryRequest))
    delete = endpoint(ops.delete_audit_log_exporter_config, NO_BODY)
