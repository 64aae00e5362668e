"""`client.audit_logs`: exporting the organization's audit log."""

from .._async._raw import AsyncAuditLogsWithRawResponse
from .._async.audit_logs import AsyncAuditLogs
from .._sync._raw import AuditLogsWithRawResponse
from .._sync.audit_logs import AuditLogs

__all__ = ["AsyncAuditLogs", "AsyncAuditLogsWithRawResponse", "AuditLogs", "AuditLogsWithRawResponse"]
