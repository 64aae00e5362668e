"""`client.enterprise`: enterprise-level operations: organizations, consumption and billing reports.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.models import (
    CreateOrgInEnterpriseResponse,
    EnterpriseConsumptionResponse,
    EnterpriseGenerateReportResponse,
    EnterpriseReportStatusResponse,
)

from .. import _operations as ops
from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class Enterprise(SyncResource):
    """Enterprise-level operations: organizations, consumption and billing reports."""

    create_organization = endpoint(ops.create_organization_in_enterprise, one(CreateOrgInEnterpriseResponse))
    consumption = endpoint(ops.get_enterprise_consumption, one(EnterpriseConsumptionResponse))
    generate_billing_report = endpoint(ops.generate_report, one(EnterpriseGenerateReportResponse))
    billing_report = endpoint(ops.get_report_details, one(EnterpriseReportStatusResponse))


class AsyncEnterprise(AsyncResource):
    """Enterprise-level operations: organizations, consumption and billing reports (asynchronous)."""

    create_organization = async_endpoint(
        ops.create_organization_in_enterprise, one(CreateOrgInEnterpriseResponse)
    )
    consumption = async_endpoint(ops.get_enterprise_consumption, one(EnterpriseConsumptionResponse))
    generate_billing_report = async_endpoint(ops.generate_report, one(EnterpriseGenerateReportResponse))
    billing_report = async_endpoint(ops.get_report_details, one(EnterpriseReportStatusResponse))
