# Generated from _async/migrations.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.migrations`."""

from __future__ import annotations

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
from ._endpoints import action, endpoint, poll
from ._raw import MigrationsWithRawResponse
from ._resource import SyncResource


class StepCall(Protocol):
    def __call__(
        self, database_id: str, migration_id: str, **options: Unpack[Waiting]
    ) -> MigrationStatus: ...


class MigrationStatusCall(Protocol):
    def __call__(
        self, database_id: str, migration_id: str, status: MigrationGoal = "DONE", **options: Unpack[Polling]
    ) -> MigrationStatus: ...


MIGRATION: Waits[StepCall] = Waits(
    "migration",
    {
        "database_id": "The database's id.",
        "migration_id": "The migration's id (as `MigrationStatus` gives it).",
    },
    "MigrationStatus",
)
MIGRATION_STATUS: Waits[MigrationStatusCall] = Waits(
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


class Migrations(SyncResource[MigrationsWithRawResponse]):
    """SSTable-based migrations into a database."""

    cleanup = endpoint(ops.cleanup_migration, one(MigrationStatus))
    status = endpoint(ops.get_migration_status, one(MigrationStatus))

    @per_call
    def initialize(
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
        return self._action(Step("initialize", call, (database_id,), "READY", wait, timeout, poll_interval))

    @per_call
    def initialize_for_datacenter(
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
        return self._action(
            Step("initialize_for_datacenter", call, ids, "READY", wait, timeout, poll_interval)
        )

    launch = action(MIGRATION, ops.launch_migration, "Launch a READY migration", "DONE", RUN_TIMEOUT)
    resume = action(MIGRATION, ops.resume_migration, "Resume a paused migration", "DONE", RUN_TIMEOUT)
    pause = action(MIGRATION, ops.pause_migration, "Pause a running migration", "PAUSED", SETUP_TIMEOUT)
    abort = action(MIGRATION, ops.abort_migration, "Abort a migration", "ABORTED", SETUP_TIMEOUT)

    wait_for_status = poll(MIGRATION_STATUS, "Poll a migration", RUN_TIMEOUT)

    def _action(self, step: Step) -> MigrationStatus:
        _wait.check_wait(step.timeout, step.poll_interval)
        if not step.wait:
            return self._read(step.call)
        with _wait.waiting(step.timeout, step.poll_interval) as deadline:
            migration_id = acted_on(self._read(step.call), step.call)
            return self._settle(step.ids[0], migration_id, step.goal, deadline, step.poll_interval)

    def _settle(
        self,
        database_id: str,
        migration_id: str,
        target: str,
        deadline: Deadline,
        poll_interval: float | None,
    ) -> MigrationStatus:
        call = ops.get_migration_status(database_id, migration_id)
        found = self._reach(
            goal(target), migration_id, lambda: self._read(call), status_of, deadline, poll_interval
        )
        return _wait.present(found, migration_id, target)

    def _read(self, call: Call) -> MigrationStatus:
        return one(MigrationStatus).read(self._send(call.request()))
