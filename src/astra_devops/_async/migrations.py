"""The methods of `client.migrations` (asynchronous)."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Protocol, Unpack

from astra_devops_api.models import MigrationStatus
from astra_devops_api.types import UNSET, Unset

from .. import _operations as ops
from .. import _validate, _wait
from .._deadline import Deadline
from .._endpoints import Call, Polling, Step, Waiting, Waits, one
from .._requests.migrations import RUN_TIMEOUT, SETUP_TIMEOUT, acted_on, goal, status_of
from .._resource import Headers, per_call
from .._validate import MigrationGoal
from ._endpoints import async_action, async_endpoint, async_poll
from ._raw import AsyncMigrationsWithRawResponse
from ._resource import AsyncResource


class AsyncStepCall(Protocol):
    def __call__(
        self, database_id: str, migration_id: str, **options: Unpack[Waiting]
    ) -> Awaitable[MigrationStatus]: ...


class AsyncMigrationStatusCall(Protocol):
    def __call__(
        self, database_id: str, migration_id: str, status: MigrationGoal = "DONE", **options: Unpack[Polling]
    ) -> Awaitable[MigrationStatus]: ...


MIGRATION: Waits[AsyncStepCall] = Waits(
    "migration",
    {
        "database_id": "The database's id.",
        "migration_id": "The migration's id (as `MigrationStatus` gives it).",
    },
    "MigrationStatus",
)
MIGRATION_STATUS: Waits[AsyncMigrationStatusCall] = Waits(
    "migration",
    MIGRATION.ids,
    "MigrationStatus",
    arguments={
        "status": (
            "_validate.MigrationGoal",
            "The state to reach: DONE (the default), READY, PAUSED, ABORTED...",
        )
    },
    defaults={"status": "DONE"},
)


class AsyncMigrations(AsyncResource[AsyncMigrationsWithRawResponse]):
    """SSTable-based migrations into a database (asynchronous)."""

    cleanup = async_endpoint(ops.cleanup_migration, one(MigrationStatus))
    status = async_endpoint(ops.get_migration_status, one(MigrationStatus))

    @per_call
    async def initialize(
        self,
        database_id: str,
        *,
        concurrency: str | Unset = UNSET,
        target_subset_size_gb: str | Unset = UNSET,
        wait: bool = True,
        timeout: float = SETUP_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Initialize a migration; with `wait`, return it once READY to launch.

        Args:
            database_id: The database's id.
            concurrency: How many tables are migrated at once.
            target_subset_size_gb: How much data the migration moves, in GB.
            wait: Wait until the migration is READY to launch; False returns as soon as the API accepted the
                request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        database_id = _validate.identifier(database_id, "database_id")
        call = ops.initialize_migration(
            database_id, concurrency=concurrency, target_subset_size_gb=target_subset_size_gb
        )
        return await self._action(
            Step("initialize", call, (database_id,), "READY", wait, timeout, poll_interval)
        )

    @per_call
    async def initialize_for_datacenter(
        self,
        database_id: str,
        datacenter_id: str,
        *,
        concurrency: str | Unset = UNSET,
        target_subset_size_gb: str | Unset = UNSET,
        option: str | Unset = UNSET,
        wait: bool = True,
        timeout: float = SETUP_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Initialize a migration into one datacenter; with `wait`, return it once READY to launch.

        Args:
            database_id: The database's id.
            datacenter_id: The datacenter the data goes into.
            concurrency: How many tables are migrated at once.
            target_subset_size_gb: How much data the migration moves, in GB.
            option: The migration option, as the API names it.
            wait: Wait until the migration is READY to launch; False returns as soon as the API accepted the
                request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        ids = (
            _validate.identifier(database_id, "database_id"),
            _validate.identifier(datacenter_id, "datacenter_id"),
        )
        call = ops.initialize_migration_dc(
            *ids, concurrency=concurrency, target_subset_size_gb=target_subset_size_gb, option=option
        )
        return await self._action(
            Step("initialize_for_datacenter", call, ids, "READY", wait, timeout, poll_interval)
        )

    launch = async_action(MIGRATION, ops.launch_migration, "Launch a READY migration", "DONE", RUN_TIMEOUT)
    resume = async_action(MIGRATION, ops.resume_migration, "Resume a paused migration", "DONE", RUN_TIMEOUT)
    pause = async_action(MIGRATION, ops.pause_migration, "Pause a running migration", "PAUSED", SETUP_TIMEOUT)
    abort = async_action(MIGRATION, ops.abort_migration, "Abort a migration", "ABORTED", SETUP_TIMEOUT)

    wait_for_status = async_poll(MIGRATION_STATUS, "Poll a migration", RUN_TIMEOUT)

    async def _action(self, step: Step) -> MigrationStatus:
        _wait.check_wait(step.timeout, step.poll_interval)
        if not step.wait:
            return await self._read(step.call)
        with _wait.waiting(step.timeout, step.poll_interval) as deadline:
            migration_id = acted_on(await self._read(step.call), step.call)
            return await self._settle(step.ids[0], migration_id, step.goal, deadline, step.poll_interval)

    async def _settle(
        self,
        database_id: str,
        migration_id: str,
        target: str,
        deadline: Deadline,
        poll_interval: float | None,
    ) -> MigrationStatus:
        call = ops.get_migration_status(database_id, migration_id)
        found = await self._reach(
            goal(target), migration_id, lambda: self._read(call), status_of, deadline, poll_interval
        )
        return _wait.present(found, migration_id, target)

    async def _read(self, call: Call) -> MigrationStatus:
        return one(MigrationStatus).read(await self._send(call.request()))
