"""Where databases can run: the fake's own region lists, which database creation enforces."""

from __future__ import annotations

from typing import Any

from .._http import Reply, Request, Route
from .._state import CLASSIC_REGIONS, CLASSIC_TIERS, REGIONS
from .._world import World

PCU_TYPES = [{"type": "cache-optimized", "details": {"vCPU": 4, "memory": "32GiB", "disk_cache": "500GiB"}}]


def routes(world: World) -> list[Route]:
    return [
        Route("GET", "/v2/availableRegions", _available_regions),
        Route("GET", "/v2/regions/serverless", _serverless_regions),
    ]


def zone(region: str) -> str:
    return "emea" if region.startswith(("eu", "west")) else "na"


def _offer(tier: str, provider: str, region: str) -> dict[str, Any]:
    return {
        "tier": tier,
        "cloudProvider": provider,
        "region": region,
        "cost": {"costPerMinCents": 0, "costPerHourCents": 0, "costPerDayCents": 0, "costPerMonthCents": 0},
        "databaseCountUsed": 0,
        "databaseCountLimit": 50,
        "capacityUnitsUsed": 0,
        "capacityUnitsLimit": 100,
        "defaultStoragePerCapacityUnitGb": 10,
    }


def _available_regions(request: Request) -> Reply:
    serverless = [_offer("serverless", p, r) for p, regions in REGIONS.items() for r in regions]
    classic = [
        _offer(tier, p, r)
        for tier in CLASSIC_TIERS
        for p, regions in CLASSIC_REGIONS.items()
        for r in regions
    ]
    return Reply(200, serverless + classic)


def _serverless_regions(request: Request) -> Reply:
    return Reply(
        200,
        [
            {
                "cloudProvider": provider,
                "name": region,
                "displayName": region,
                "zone": zone(region),
                "classification": "standard",
                "enabled": True,
                "reservedForQualifiedUsers": False,
                "region_type": "vector",
                "pcu_types": PCU_TYPES,
            }
            for provider, regions in REGIONS.items()
            for region in regions
        ],
    )
