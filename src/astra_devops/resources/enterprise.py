"""`client.enterprise`: enterprise-level operations: organizations, consumption and billing reports.

The one-line methods take the generated operation's arguments (see `help()` on it) and return
its generated model; bodies are the generated request models. `generate_billing_report` waits,
by default, until the report is COMPLETED; `wait_for_billing_report` resumes such a wait.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload
from uuid import UUID

from astra_devops_api.models import (
    CreateOrgInEnterpriseResponse,
    EnterpriseConsumptionResponse,
    EnterpriseGenerateReportResponse,
    EnterpriseReportStatusResponse,
)

from .. import _operations as ops
from .. import _wait
from .._deadline import Deadline
from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, Headers, SyncResource, async_raw_response, per_call, raw_response
from ..errors import ConfigurationError

if TYPE_CHECKING:
    from astra_devops_api.models import EnterpriseGenerateReportRequest

REPORT_TIMEOUT = 600
REPORT = _wait.Goal(
    "COMPLETED", frozenset({"ERROR", "FAILED"}), "billing report", frozenset({"DONE", "SUCCEEDED", "READY"})
)
Report = EnterpriseReportStatusResponse | EnterpriseGenerateReportResponse


def report_id_of(value: object) -> UUID:
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        raise ConfigurationError(f"report_id must be a UUID, got {value!r}") from None


def status_of(report: EnterpriseReportStatusResponse) -> str:
    return _wait.reported(report.status)


class Enterprise(SyncResource):
    """Enterprise-level operations: organizations, consumption and billing reports."""

    @cached_property
    def with_raw_response(self) -> EnterpriseWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return EnterpriseWithRawResponse(self)

    create_organization = endpoint(ops.create_organization_in_enterprise, one(CreateOrgInEnterpriseResponse))
    consumption = endpoint(ops.get_enterprise_consumption, one(EnterpriseConsumptionResponse))
    billing_report = endpoint(ops.get_report_details, one(EnterpriseReportStatusResponse))

    @overload
    def generate_billing_report(
        self,
        *,
        body: EnterpriseGenerateReportRequest,
        wait: Literal[True] = True,
        timeout: float = REPORT_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> EnterpriseReportStatusResponse: ...
    @overload
    def generate_billing_report(
        self,
        *,
        body: EnterpriseGenerateReportRequest,
        wait: Literal[False],
        timeout: float = REPORT_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> EnterpriseGenerateReportResponse: ...
    @per_call
    def generate_billing_report(
        self,
        *,
        body: EnterpriseGenerateReportRequest,
        wait: bool = True,
        timeout: float = REPORT_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Report:
        """Ask for a month's billing report; with `wait`, return it once COMPLETED (with its URL)."""
        request = ops.generate_report(body=body).request()
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            return one(EnterpriseGenerateReportResponse).read(self._send(request))
        with _wait.waiting(timeout, poll_interval) as deadline:
            started = one(EnterpriseGenerateReportResponse).read(self._send(request))
            return self._settle(started.report_id, deadline, poll_interval)

    @per_call
    def wait_for_billing_report(
        self,
        report_id: UUID | str,
        *,
        timeout: float = REPORT_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> EnterpriseReportStatusResponse:
        """Poll a billing report until COMPLETED (resume a wait from its id in another process)."""
        chosen = report_id_of(report_id)
        with _wait.waiting(timeout, poll_interval) as deadline:
            return self._settle(chosen, deadline, poll_interval)

    def _settle(
        self, chosen: UUID, deadline: Deadline, poll_interval: float | None
    ) -> EnterpriseReportStatusResponse:
        found = _wait.follow(
            lambda: self.billing_report(chosen),
            status_of,
            REPORT,
            str(chosen),
            deadline=deadline,
            poll_interval=poll_interval,
        )
        return _wait.present(found, str(chosen), REPORT.target)


class AsyncEnterprise(AsyncResource):
    """Enterprise-level operations: organizations, consumption and billing reports (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncEnterpriseWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncEnterpriseWithRawResponse(self)

    create_organization = async_endpoint(
        ops.create_organization_in_enterprise, one(CreateOrgInEnterpriseResponse)
    )
    consumption = async_endpoint(ops.get_enterprise_consumption, one(EnterpriseConsumptionResponse))
    billing_report = async_endpoint(ops.get_report_details, one(EnterpriseReportStatusResponse))

    @overload
    async def generate_billing_report(
        self,
        *,
        body: EnterpriseGenerateReportRequest,
        wait: Literal[True] = True,
        timeout: float = REPORT_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> EnterpriseReportStatusResponse: ...
    @overload
    async def generate_billing_report(
        self,
        *,
        body: EnterpriseGenerateReportRequest,
        wait: Literal[False],
        timeout: float = REPORT_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> EnterpriseGenerateReportResponse: ...
    @per_call
    async def generate_billing_report(
        self,
        *,
        body: EnterpriseGenerateReportRequest,
        wait: bool = True,
        timeout: float = REPORT_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Report:
        """Ask for a month's billing report; with `wait`, return it once COMPLETED (with its URL)."""
        request = ops.generate_report(body=body).request()
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            return one(EnterpriseGenerateReportResponse).read(await self._send(request))
        with _wait.waiting(timeout, poll_interval) as deadline:
            started = one(EnterpriseGenerateReportResponse).read(await self._send(request))
            return await self._settle(started.report_id, deadline, poll_interval)

    @per_call
    async def wait_for_billing_report(
        self,
        report_id: UUID | str,
        *,
        timeout: float = REPORT_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> EnterpriseReportStatusResponse:
        """Poll a billing report until COMPLETED (resume a wait from its id in another process)."""
        chosen = report_id_of(report_id)
        with _wait.waiting(timeout, poll_interval) as deadline:
            return await self._settle(chosen, deadline, poll_interval)

    async def _settle(
        self, chosen: UUID, deadline: Deadline, poll_interval: float | None
    ) -> EnterpriseReportStatusResponse:
        found = await _wait.async_follow(
            lambda: self.billing_report(chosen),
            status_of,
            REPORT,
            str(chosen),
            deadline=deadline,
            poll_interval=poll_interval,
        )
        return _wait.present(found, str(chosen), REPORT.target)


class EnterpriseWithRawResponse:
    """`client.enterprise.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, enterprise: Enterprise) -> None:
        self.create_organization = raw_response(enterprise.create_organization)
        self.consumption = raw_response(enterprise.consumption)
        self.billing_report = raw_response(enterprise.billing_report)
        self.generate_billing_report = raw_response(enterprise.generate_billing_report)
        self.wait_for_billing_report = raw_response(enterprise.wait_for_billing_report)


class AsyncEnterpriseWithRawResponse:
    """`client.enterprise.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, enterprise: AsyncEnterprise) -> None:
        self.create_organization = async_raw_response(enterprise.create_organization)
        self.consumption = async_raw_response(enterprise.consumption)
        self.billing_report = async_raw_response(enterprise.billing_report)
        self.generate_billing_report = async_raw_response(enterprise.generate_billing_report)
        self.wait_for_billing_report = async_raw_response(enterprise.wait_for_billing_report)
