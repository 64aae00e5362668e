"""`client.datacenters`: the regions a database runs in."""

from __future__ import annotations

from typing import Any

from astra_devops_api.api.database_operations import add_datacenters, list_datacenters, terminate_datacenter
from astra_devops_api.models.datacenter import Datacenter
from astra_devops_api.models.datacenter_request import DatacenterRequest

from .. import _validate, _wait
from .._parsing import parse_models
from .._resource import AsyncResource, SyncResource


def add_request(
    database_id: str, cloud_provider: str, region: str, tier: str, capacity_units: int
) -> dict[str, Any]:
    """The addDatacenters request. Seed 001 documents `status` as required in the body, and its
    example sends `ACTIVE`, so that is sent."""
    body = DatacenterRequest(
        tier=_validate.identifier(tier, "tier"),
        status="ACTIVE",
        cloud_provider=_validate.cloud_provider(cloud_provider),
        region=_validate.identifier(region, "region"),
        capacity_units=_validate.capacity_units(capacity_units),
    )
    return add_datacenters._get_kwargs(_validate.identifier(database_id, "database_id"), body=[body])


class Datacenters(SyncResource):
    """Datacenters (regions) of a database."""

    def list(self, database_id: str, *, include_terminated: bool = False) -> list[Datacenter]:
        """The database's datacenters (ACTIVE only unless `include_terminated`)."""
        request = list_datacenters._get_kwargs(
            _validate.identifier(database_id, "database_id"), all_=include_terminated
        )
        data, response = self._json(request)
        return parse_models(Datacenter, data, response)

    def add(
        self,
        database_id: str,
        *,
        cloud_provider: str,
        region: str,
        tier: str = "serverless",
        capacity_units: int = 1,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
    ) -> None:
        """Add a region to a database; with `wait`, return once the database is ACTIVE again."""
        request = add_request(database_id, cloud_provider, region, tier, capacity_units)
        self._change(request, database_id, wait, timeout, poll_interval)

    def terminate(
        self,
        database_id: str,
        datacenter_id: str,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
    ) -> None:
        """Remove a region from a database; with `wait`, return once the database is ACTIVE again."""
        request = terminate_datacenter._get_kwargs(
            _validate.identifier(database_id, "database_id"),
            _validate.identifier(datacenter_id, "datacenter_id"),
        )
        self._change(request, database_id, wait, timeout, poll_interval, idempotent=True)

    def _change(
        self,
        request: dict[str, Any],
        database_id: str,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
        idempotent: bool | None = None,
    ) -> None:
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            self._send(request, idempotent=idempotent)
            return
        _wait.change(
            lambda: self._send(request, idempotent=idempotent),
            self._client.databases.get,
            database_id,
            "ACTIVE",
            timeout=timeout,
            poll_interval=poll_interval,
        )


class AsyncDatacenters(AsyncResource):
    """Datacenters (regions) of a database (asynchronous)."""

    async def list(self, database_id: str, *, include_terminated: bool = False) -> list[Datacenter]:
        """The database's datacenters (ACTIVE only unless `include_terminated`)."""
        request = list_datacenters._get_kwargs(
            _validate.identifier(database_id, "database_id"), all_=include_terminated
        )
        data, response = await self._json(request)
        return parse_models(Datacenter, data, response)

    async def add(
        self,
        database_id: str,
        *,
        cloud_provider: str,
        region: str,
        tier: str = "serverless",
        capacity_units: int = 1,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
    ) -> None:
        """Add a region to a database; with `wait`, return once the database is ACTIVE again."""
        request = add_request(database_id, cloud_provider, region, tier, capacity_units)
        await self._change(request, database_id, wait, timeout, poll_interval)

    async def terminate(
        self,
        database_id: str,
        datacenter_id: str,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
    ) -> None:
        """Remove a region from a database; with `wait`, return once the database is ACTIVE again."""
        request = terminate_datacenter._get_kwargs(
            _validate.identifier(database_id, "database_id"),
            _validate.identifier(datacenter_id, "datacenter_id"),
        )
        await self._change(request, database_id, wait, timeout, poll_interval, idempotent=True)

    async def _change(
        self,
        request: dict[str, Any],
        database_id: str,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
        idempotent: bool | None = None,
    ) -> None:
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            await self._send(request, idempotent=idempotent)
            return
        await _wait.async_change(
            lambda: self._send(request, idempotent=idempotent),
            self._client.databases.get,
            database_id,
            "ACTIVE",
            timeout=timeout,
            poll_interval=poll_interval,
        )
