"""The methods of `client.datacenters` (asynchronous)."""

from __future__ import annotations

import builtins
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Literal, overload

from astra_devops_api.models.datacenter import Datacenter

from .. import _operations as ops
from .. import _validate, _wait
from .._deadline import Deadline
from .._parsing import parse_models
from .._requests.datacenters import (
    ADDED,
    CHANGE_TIMEOUT,
    REMOVED,
    add_request,
    in_region,
    listed_status,
    removed_status,
    terminate_request,
    with_id,
)
from .._resource import Headers, per_call
from . import _poll
from ._raw import AsyncDatacentersWithRawResponse
from ._resource import AsyncResource


class AsyncDatacenters(AsyncResource[AsyncDatacentersWithRawResponse]):
    """Datacenters (regions) of a database (asynchronous)."""

    @per_call
    async def list(
        self, database_id: str, *, include_terminated: bool = False, extra_headers: Headers | None = None
    ) -> builtins.list[Datacenter]:
        """The database's datacenters (ACTIVE only unless `include_terminated`).

        Args:
            database_id: The database's id.
            include_terminated: Also list the terminated datacenters.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        request = ops.list_datacenters(
            _validate.identifier(database_id, "database_id"), all_=include_terminated
        ).request()
        data, response = await self._json(request)
        return parse_models(Datacenter, data, response)

    @overload
    async def add(
        self,
        database_id: str,
        *,
        cloud_provider: _validate.CloudProvider,
        region: str,
        tier: _validate.Tier = "serverless",
        capacity_units: int = 1,
        wait: Literal[True] = True,
        timeout: float = CHANGE_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Datacenter: ...
    @overload
    async def add(
        self,
        database_id: str,
        *,
        cloud_provider: _validate.CloudProvider,
        region: str,
        tier: _validate.Tier = "serverless",
        capacity_units: int = 1,
        wait: Literal[False],
        timeout: float = CHANGE_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> None: ...
    @overload
    async def add(
        self,
        database_id: str,
        *,
        cloud_provider: _validate.CloudProvider,
        region: str,
        tier: _validate.Tier = "serverless",
        capacity_units: int = 1,
        wait: bool = True,
        timeout: float = CHANGE_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Datacenter | None: ...
    @per_call
    async def add(
        self,
        database_id: str,
        *,
        cloud_provider: _validate.CloudProvider,
        region: str,
        tier: _validate.Tier = "serverless",
        capacity_units: int = 1,
        wait: bool = True,
        timeout: float = CHANGE_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Datacenter | None:
        """Add a region to a database; with `wait`, return the new datacenter once it is listed ACTIVE.

        Args:
            database_id: The database's id.
            cloud_provider: AWS, GCP or AZURE, in any case.
            region: The new region, for example `eu-west-1`.
            tier: The database's tier, `serverless` unless it is a classic database.
            capacity_units: The new datacenter's capacity units, 1 to 100.
            wait: Wait until the database is ACTIVE and lists the new datacenter ACTIVE; False returns as soon
                as the API accepted the request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        send = partial(self._send, add_request(database_id, cloud_provider, region, tier, capacity_units))
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            await send()
            return None
        with _wait.waiting(timeout, poll_interval) as deadline:
            await self._change(send, database_id.strip(), deadline, poll_interval)
            return await self._listed(database_id.strip(), region.strip(), deadline, poll_interval)

    @per_call
    async def terminate(
        self,
        database_id: str,
        datacenter_id: str,
        *,
        wait: bool = True,
        timeout: float = CHANGE_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> None:
        """Remove a region from a database; with `wait`, return once the datacenter is no longer listed.

        Args:
            database_id: The database's id.
            datacenter_id: The datacenter's id (as `Datacenter.id` or a secure-bundle entry gives it).
            wait: Wait until the datacenter is no longer listed; False returns as soon as the API accepted the
                request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        send = partial(self._send, terminate_request(database_id, datacenter_id), idempotent=True)
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            await send()
            return
        with _wait.waiting(timeout, poll_interval) as deadline:
            await self._change(send, database_id.strip(), deadline, poll_interval, "datacenters.terminate")
            await self._removed(database_id.strip(), datacenter_id.strip(), deadline, poll_interval)

    @per_call
    async def wait_until_listed(
        self,
        database_id: str,
        region: str,
        *,
        timeout: float = CHANGE_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Datacenter:
        """Poll until the database is ACTIVE and lists an ACTIVE datacenter in `region` (resume an `add`).

        Args:
            database_id: The database's id.
            region: The region of the datacenter waited for.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        database_id, region = (
            _validate.identifier(database_id, "database_id"),
            _validate.identifier(region, "region"),
        )
        with _wait.waiting(timeout, poll_interval) as deadline:
            await self._active(database_id, deadline, poll_interval)
            return await self._listed(database_id, region, deadline, poll_interval)

    @per_call
    async def wait_until_removed(
        self,
        database_id: str,
        datacenter_id: str,
        *,
        timeout: float = CHANGE_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> None:
        """Poll until the database is ACTIVE and no longer lists the datacenter (resume a `terminate`).

        Args:
            database_id: The database's id.
            datacenter_id: The datacenter's id (as `Datacenter.id` or a secure-bundle entry gives it).
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        database_id = _validate.identifier(database_id, "database_id")
        datacenter_id = _validate.identifier(datacenter_id, "datacenter_id")
        with _wait.waiting(timeout, poll_interval) as deadline:
            await self._active(database_id, deadline, poll_interval)
            await self._removed(database_id, datacenter_id, deadline, poll_interval)

    async def _change(
        self,
        send: Callable[[], Awaitable[object]],
        database_id: str,
        deadline: Deadline,
        poll_interval: float | None,
        action: str | None = None,
    ) -> None:
        """Send (again while the database is busy, unless `action` is found under way after an answer
        was lost), then wait for the database to be ACTIVE again."""
        get = self._client.databases.get
        await _poll.async_call_when_not_busy(
            send,
            deadline=deadline,
            poll_interval=poll_interval,
            sleep=self._http._sleep,
            standing=lambda unknown: _poll.async_standing(get, database_id, "ACTIVE", action, unknown),
        )
        await self._active(database_id, deadline, poll_interval)

    async def _active(self, database_id: str, deadline: Deadline, poll_interval: float | None) -> None:
        get, status = self._client.databases.get, _wait.database_status("ACTIVE", None)
        await self._reach(
            _wait.database_goal("ACTIVE"),
            database_id,
            lambda: get(database_id),
            status,
            deadline,
            poll_interval,
        )

    async def _listed(
        self, database_id: str, region: str, deadline: Deadline, poll_interval: float | None
    ) -> Datacenter:
        name = f"{region} of database {database_id}"
        found = await self._reach(
            ADDED, name, lambda: self._find(database_id, region), listed_status, deadline, poll_interval
        )
        return _wait.present(found, name, ADDED.target)

    async def _find(self, database_id: str, region: str) -> Datacenter | None:
        return in_region(await self.list(database_id), region)

    async def _removed(
        self, database_id: str, datacenter_id: str, deadline: Deadline, poll_interval: float | None
    ) -> None:
        await self._reach(
            REMOVED,
            datacenter_id,
            lambda: self._get(database_id, datacenter_id),
            removed_status,
            deadline,
            poll_interval,
        )

    async def _get(self, database_id: str, datacenter_id: str) -> Datacenter | None:
        return with_id(await self.list(database_id), datacenter_id)
