"""Request builders, checks and parsers of `client.enterprise`: no I/O, so both clients share them."""

from __future__ import annotations

from uuid import UUID

from astra_devops_api.models import EnterpriseGenerateReportResponse, EnterpriseReportStatusResponse

from .. import _statuses, _wait
from ..errors import ConfigurationError

REPORT_TIMEOUT = 600
KIND = "billing report"
REPORT = _wait.Goal(
    "COMPLETED", _statuses.ended_badly(KIND, "COMPLETED"), KIND, _statuses.reached_as(KIND, "COMPLETED")
)
Report = EnterpriseReportStatusResponse | EnterpriseGenerateReportResponse


def report_id_of(value: object) -> str:
    """A report id as a string (the contract's ids are strings), checked to be a UUID."""
    try:
        return str(value if isinstance(value, UUID) else UUID(str(value)))
    except ValueError:
        raise ConfigurationError(f"report_id must be a UUID, got {value!r}") from None


def status_of(report: EnterpriseReportStatusResponse) -> str:
    return _wait.reported(report.status)
