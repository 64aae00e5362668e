"""The methods of `client.enterprise` (asynchronous)."""

from __future__ import annotations

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
from .._endpoints import one
from .._requests.enterprise import REPORT, REPORT_TIMEOUT, Report, report_id_of, status_of
from .._resource import Headers, per_call
from ._endpoints import async_endpoint
from ._raw import AsyncEnterpriseWithRawResponse
from ._resource import AsyncResource

if TYPE_CHECKING:
    from astra_devops_api.models import EnterpriseGenerateReportRequest


class AsyncEnterprise(AsyncResource[AsyncEnterpriseWithRawResponse]):
    """Enterprise-level operations: organizations, consumption and billing reports (asynchronous)."""

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
        """Ask for a month's billing report; with `wait`, return it once COMPLETED (with its URL).

        Args:
            body: The month and year of the report.
            wait: Wait until the report is COMPLETED, with its download URL; False returns as soon as the API
                accepted the request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
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
        """Poll a billing report until COMPLETED (resume a wait from its id in another process).

        Args:
            report_id: The report's id (a UUID, or its text) as the request for the report answered.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        chosen = report_id_of(report_id)
        with _wait.waiting(timeout, poll_interval) as deadline:
            return await self._settle(chosen, deadline, poll_interval)

    async def _settle(
        self, chosen: str, deadline: Deadline, poll_interval: float | None
    ) -> EnterpriseReportStatusResponse:
        found = await self._reach(
            REPORT, chosen, lambda: self.billing_report(chosen), status_of, deadline, poll_interval
        )
        return _wait.present(found, chosen, REPORT.target)
