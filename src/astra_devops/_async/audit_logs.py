"""The methods of `client.audit_logs` (asynchronous)."""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models import PulsarTelemetryRequest

from .. import _operations as ops
from .._endpoints import NO_BODY, one
from ._endpoints import async_endpoint
from ._raw import AsyncAuditLogsWithRawResponse
from ._resource import AsyncResource


class AsyncAuditLogs(AsyncResource):
    """Exporting the organization's audit log (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncAuditLogsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncAuditLogsWithRawResponse(self)

    configure = async_endpoint(ops.set_audit_log_exporter_config, NO_BODY)
    get = async_endpoint(ops.get_audit_log_exporter_config, one(PulsarTelemetryRequest))
    delete = async_endpoint(ops.delete_audit_log_exporter_config, NO_BODY)
