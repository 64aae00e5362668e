"""Request builders, checks and parsers of `client.datacenters`: no I/O, so both clients share them."""

from __future__ import annotations

from typing import Any

from astra_devops_api.models.datacenter import Datacenter

from .. import _operations as ops
from .. import _statuses, _validate, _wait

KIND = "datacenter"
CHANGE_TIMEOUT = 1800
ADDED = _wait.Goal("ACTIVE", _statuses.failures("ACTIVE"), KIND, created=True)
REMOVED = _wait.Goal(_wait.GONE, _statuses.failures("TERMINATED"), KIND)
NOT_LISTED = "NOT LISTED"


def add_request(
    database_id: str, cloud_provider: str, region: str, tier: str, capacity_units: int
) -> dict[str, Any]:
    """The addDatacenters request. Seed 001 documents `status` as required in the body, and its
    example sends `ACTIVE`, so that is sent."""
    from astra_devops_api.models.datacenter_request import DatacenterRequest

    body = DatacenterRequest(
        tier=_validate.tier(tier),
        status="ACTIVE",
        cloud_provider=_validate.cloud_provider(cloud_provider),
        region=_validate.identifier(region, "region"),
        capacity_units=_validate.capacity_units(capacity_units),
    )
    return ops.add_datacenters(_validate.identifier(database_id, "database_id"), body=[body]).request()


def terminate_request(database_id: str, datacenter_id: str) -> dict[str, Any]:
    return ops.terminate_datacenter(
        _validate.identifier(database_id, "database_id"),
        _validate.identifier(datacenter_id, "datacenter_id"),
    ).request()


def in_region(datacenters: list[Datacenter], region: str) -> Datacenter | None:
    return next((dc for dc in datacenters if dc.region == region), None)


def with_id(datacenters: list[Datacenter], datacenter_id: str) -> Datacenter | None:
    return next((dc for dc in datacenters if dc.id == datacenter_id), None)


def listed_status(datacenter: Datacenter | None) -> str:
    return NOT_LISTED if datacenter is None else _wait.reported(datacenter.status)


def removed_status(datacenter: Datacenter | None) -> str | None:
    return None if datacenter is None else _wait.reported(datacenter.status)
