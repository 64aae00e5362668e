"""Enterprise: organizations created in an enterprise, consumption, billing reports (async)."""

from __future__ import annotations

import re
import uuid
from typing import Any

from .._http import Reply, Request, Route
from .._state import FakeOperation, new_id, timestamp
from .._world import World, name, strings, text

_MONTH = re.compile(r"0?[1-9]|1[0-2]")
_YEAR = re.compile(r"20[0-9]{2}")


def routes(world: World) -> list[Route]:
    api = _Enterprise(world)
    return [
        Route("POST", "/v2/enterprises/organizations", api.create_organization),
        Route("POST", "/v2/enterprises/consumption", api.consumption),
        Route("POST", "/v2/enterprises/billing-reports/generate-report", api.generate_report),
        Route("GET", "/v2/enterprises/billing-reports/{reportId}", api.report),
    ]


def _uuid(value: str, what: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise Reply.error(400, f"{what} must be a UUID") from None


class _Enterprise:
    def __init__(self, world: World) -> None:
        self.world = world

    def create_organization(self, request: Request) -> Reply:
        body = request.object()
        org_name, email = name(body), text(body, "email")
        admin, enterprise = text(body, "adminUserID"), _uuid(text(body, "enterpriseID"), "enterpriseID")
        if "@" not in email:
            raise Reply.error(400, "email must be an email address")
        if admin not in self.world.org.users:
            raise Reply.error(404, f"user {admin} not found")
        now, org_id = timestamp(), new_id()
        organization: dict[str, Any] = {
            "OrganizationName": org_name,
            "OrganizationID": org_id,
            "OrganizationEmail": email,
            "MarketplaceData": {},
            "CreatedAt": now,
            "LastModified": now,
            "OrgType": "organization",
            "EnterpriseId": enterprise,
            "OrganizationGroupId": new_id(),
        }
        self.world.org.enterprise_orgs[org_id] = organization
        return Reply(201, organization)

    def consumption(self, request: Request) -> Reply:
        """Seed 001: `cost` is a string and `totalCost` is null."""
        body = request.object()
        for key in ("fromDate", "toDate", "startDate", "endDate"):
            text(body, key, required=False)
        clusters = strings(body.get("resourceIDs", body.get("clusterIDs", [])), "resourceIDs", empty=True)
        orgs = strings(body.get("orgIDs", []), "orgIDs", empty=True)
        costs = [
            {
                "orgId": database.org_id,
                "clusterID": database.id,
                "region": database.info["region"],
                "cost": "0.0",
            }
            for database in self.world.org.databases.values()
            if (not clusters or database.id in clusters) and (not orgs or database.org_id in orgs)
        ]
        return Reply(200, {"totalCost": None, "costs": costs})

    def generate_report(self, request: Request) -> Reply:
        body = request.object()
        month, year = text(body, "month"), text(body, "year")
        if not _MONTH.fullmatch(month) or not _YEAR.fullmatch(year):
            raise Reply.error(400, "month must be 1 to 12 and year four digits")
        report_id = new_id()
        report = FakeOperation(report_id, {"reportId": report_id, "month": month, "year": year})
        report.begin("PENDING", self.world.ending("report", [("COMPLETED", None)]), self.world.now())
        self.world.org.reports[report_id] = report
        return Reply(200, report.as_json())

    def report(self, request: Request, report_id: str) -> Reply:
        report = self.world.org.reports.get(_uuid(report_id, "reportId"))
        if report is None:
            raise Reply.error(404, f"report {report_id} not found")
        self.world.polled(report)
        return Reply(200, {**report.as_json(), "reportDetails": _details(report)})


def _details(report: FakeOperation) -> dict[str, Any]:
    if report.status != "COMPLETED":
        return {}
    stamp = timestamp()
    url = f"https://fake-reports.astra.local/{report.id}.csv?X-Amz-Signature=fake"
    return {"csvDownloadUrl": url, "generatedAt": stamp, "expirationAt": stamp, "isStale": False}
