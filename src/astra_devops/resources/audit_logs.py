"""`client.audit_logs`: exporting the organization's audit log.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models import PulsarTelemetryRequest

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource, async_raw_response, raw_response


class AuditLogs(SyncResource):
    """Exporting the organization's audit log."""

    @cached_property
    def with_raw_response(self) -> AuditLogsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AuditLogsWithRawResponse(self)

    configure = endpoint(ops.set_audit_log_exporter_config, NO_BODY)
    get = endpoint(ops.get_audit_log_exporter_config, one(PulsarTelemetryRequest))
    delete = endpoint(ops.delete_audit_log_exporter_config, NO_BODY)


class AsyncAuditLogs(AsyncResource):
    """Exporting the organization's audit log (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncAuditLogsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncAuditLogsWithRawResponse(self)

    configure = async_endpoint(ops.set_audit_log_exporter_config, NO_BODY)
    get = async_endpoint(ops.get_audit_log_exporter_config, one(PulsarTelemetryRequest))
    delete = async_endpoint(ops.delete_audit_log_exporter_config, NO_BODY)


class AuditLogsWithRawResponse:
    """`client.audit_logs.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, audit_logs: AuditLogs) -> None:
        self.configure = raw_response(audit_logs.configure)
        self.get = raw_response(audit_logs.get)
        self.delete = raw_response(audit_logs.delete)


class AsyncAuditLogsWithRawResponse:
    """`client.audit_logs.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, audit_logs: AsyncAuditLogs) -> None:
        self.configure = async_raw_response(audit_logs.configure)
        self.get = async_raw_response(audit_logs.get)
        self.delete = async_raw_response(audit_logs.delete)
