"""`client.migrations`: sSTable-based migrations into a database.

Every step waits, by default, for the status it leads to: initialize for READY, launch and
resume for DONE, pause for PAUSED and abort for ABORTED (the live API's names; READY, which
a paused or aborted migration returns to, is accepted too). `wait_for_status` resumes a wait
from the migration's id. `cleanup` (no documented status after it) and `status` do not wait.
"""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models import MigrationStatus
from astra_devops_api.types import UNSET, Unset

from .. import _operations as ops
from .. import _validate, _wait
from .._deadline import Deadline
from .._endpoints import Call, async_endpoint, endpoint, one
from .._resource import AsyncResource, Headers, SyncResource, async_raw_response, per_call, raw_response
from ..errors import APIResponseValidationError

KIND = "migration"
SETUP_TIMEOUT = 600
RUN_TIMEOUT = 7200
FAILED = frozenset({"ERROR", "FAILED", "ABORTED"})
ALSO = {
    "DONE": frozenset({"COMPLETED", "COMPLETE"}),
    "PAUSED": frozenset({"READY"}),
    "ABORTED": frozenset({"READY"}),
}


def goal(target: str) -> _wait.Goal:
    """Waiting for `target`: the failure states, less the target, end the wait badly."""
    return _wait.Goal(target, FAILED - {target}, KIND, ALSO.get(target, frozenset()))


def status_of(migration: MigrationStatus) -> str:
    return _wait.reported(migration.status)


def ids(database_id: str, migration_id: str) -> tuple[str, str]:
    return _validate.identifier(database_id, "database_id"), _validate.identifier(
        migration_id, "migration_id"
    )


def _migration_id(answer: MigrationStatus, call: Call) -> str:
    """The migration a step acts on: the one named in the call, else the one an initialize made."""
    named = call.arguments.get("migration_id", answer.migration_id)
    if not isinstance(named, str) or not named:
        raise APIResponseValidationError(None, f"{call.operation}: the answer carries no migrationID")
    return named


class Migrations(SyncResource):
    """SSTable-based migrations into a database."""

    @cached_property
    def with_raw_response(self) -> MigrationsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return MigrationsWithRawResponse(self)

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
        """Initialize a migration; with `wait`, return it once READY to launch."""
        call = ops.initialize_migration(
            _validate.identifier(database_id, "database_id"),
            concurrency=concurrency,
            target_subset_size_gb=target_subset_size_gb,
        )
        return self._step(call, database_id, "READY", wait, timeout, poll_interval)

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
        """Initialize a migration into one datacenter; with `wait`, return it once READY to launch."""
        call = ops.initialize_migration_dc(
            _validate.identifier(database_id, "database_id"),
            _validate.identifier(datacenter_id, "datacenter_id"),
            concurrency=concurrency,
            target_subset_size_gb=target_subset_size_gb,
            option=option,
        )
        return self._step(call, database_id, "READY", wait, timeout, poll_interval)

    @per_call
    def launch(
        self,
        database_id: str,
        migration_id: str,
        *,
        wait: bool = True,
        timeout: float = RUN_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Launch a READY migration; with `wait`, return it once DONE."""
        call = ops.launch_migration(*ids(database_id, migration_id))
        return self._step(call, database_id, "DONE", wait, timeout, poll_interval)

    @per_call
    def resume(
        self,
        database_id: str,
        migration_id: str,
        *,
        wait: bool = True,
        timeout: float = RUN_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Resume a paused migration; with `wait`, return it once DONE."""
        call = ops.resume_migration(*ids(database_id, migration_id))
        return self._step(call, database_id, "DONE", wait, timeout, poll_interval)

    @per_call
    def pause(
        self,
        database_id: str,
        migration_id: str,
        *,
        wait: bool = True,
        timeout: float = SETUP_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Pause a running migration; with `wait`, return it once PAUSED."""
        call = ops.pause_migration(*ids(database_id, migration_id))
        return self._step(call, database_id, "PAUSED", wait, timeout, poll_interval)

    @per_call
    def abort(
        self,
        database_id: str,
        migration_id: str,
        *,
        wait: bool = True,
        timeout: float = SETUP_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Abort a migration; with `wait`, return it once ABORTED."""
        call = ops.abort_migration(*ids(database_id, migration_id))
        return self._step(call, database_id, "ABORTED", wait, timeout, poll_interval)

    @per_call
    def wait_for_status(
        self,
        database_id: str,
        migration_id: str,
        status: str = "DONE",
        *,
        timeout: float = RUN_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Poll a migration until it reaches `status` (resume a wait from its id in another process)."""
        target = _wait.target_status(status)
        database_id, migration_id = ids(database_id, migration_id)
        with _wait.waiting(timeout, poll_interval) as deadline:
            return self._settle(database_id, migration_id, target, deadline, poll_interval)

    def _step(
        self,
        call: Call,
        database_id: str,
        target: str,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
    ) -> MigrationStatus:
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            return self._read(call)
        with _wait.waiting(timeout, poll_interval) as deadline:
            migration_id = _migration_id(self._read(call), call)
            return self._settle(database_id.strip(), migration_id, target, deadline, poll_interval)

    def _settle(
        self,
        database_id: str,
        migration_id: str,
        target: str,
        deadline: Deadline,
        poll_interval: float | None,
    ) -> MigrationStatus:
        found = _wait.follow(
            lambda: self._read(ops.get_migration_status(database_id, migration_id)),
            status_of,
            goal(target),
            migration_id,
            deadline=deadline,
            poll_interval=poll_interval,
        )
        return _wait.present(found, migration_id, target)

    def _read(self, call: Call) -> MigrationStatus:
        return one(MigrationStatus).read(self._send(call.request()))


class AsyncMigrations(AsyncResource):
    """SSTable-based migrations into a database (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncMigrationsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncMigrationsWithRawResponse(self)

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
        """Initialize a migration; with `wait`, return it once READY to launch."""
        call = ops.initialize_migration(
            _validate.identifier(database_id, "database_id"),
            concurrency=concurrency,
            target_subset_size_gb=target_subset_size_gb,
        )
        return await self._step(call, database_id, "READY", wait, timeout, poll_interval)

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
        """Initialize a migration into one datacenter; with `wait`, return it once READY to launch."""
        call = ops.initialize_migration_dc(
            _validate.identifier(database_id, "database_id"),
            _validate.identifier(datacenter_id, "datacenter_id"),
            concurrency=concurrency,
            target_subset_size_gb=target_subset_size_gb,
            option=option,
        )
        return await self._step(call, database_id, "READY", wait, timeout, poll_interval)

    @per_call
    async def launch(
        self,
        database_id: str,
        migration_id: str,
        *,
        wait: bool = True,
        timeout: float = RUN_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Launch a READY migration; with `wait`, return it once DONE."""
        call = ops.launch_migration(*ids(database_id, migration_id))
        return await self._step(call, database_id, "DONE", wait, timeout, poll_interval)

    @per_call
    async def resume(
        self,
        database_id: str,
        migration_id: str,
        *,
        wait: bool = True,
        timeout: float = RUN_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Resume a paused migration; with `wait`, return it once DONE."""
        call = ops.resume_migration(*ids(database_id, migration_id))
        return await self._step(call, database_id, "DONE", wait, timeout, poll_interval)

    @per_call
    async def pause(
        self,
        database_id: str,
        migration_id: str,
        *,
        wait: bool = True,
        timeout: float = SETUP_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Pause a running migration; with `wait`, return it once PAUSED."""
        call = ops.pause_migration(*ids(database_id, migration_id))
        return await self._step(call, database_id, "PAUSED", wait, timeout, poll_interval)

    @per_call
    async def abort(
        self,
        database_id: str,
        migration_id: str,
        *,
        wait: bool = True,
        timeout: float = SETUP_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Abort a migration; with `wait`, return it once ABORTED."""
        call = ops.abort_migration(*ids(database_id, migration_id))
        return await self._step(call, database_id, "ABORTED", wait, timeout, poll_interval)

    @per_call
    async def wait_for_status(
        self,
        database_id: str,
        migration_id: str,
        status: str = "DONE",
        *,
        timeout: float = RUN_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Poll a migration until it reaches `status` (resume a wait from its id in another process)."""
        target = _wait.target_status(status)
        database_id, migration_id = ids(database_id, migration_id)
        with _wait.waiting(timeout, poll_interval) as deadline:
            return await self._settle(database_id, migration_id, target, deadline, poll_interval)

    async def _step(
        self,
        call: Call,
        database_id: str,
        target: str,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
    ) -> MigrationStatus:
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            return await self._read(call)
        with _wait.waiting(timeout, poll_interval) as deadline:
            migration_id = _migration_id(await self._read(call), call)
            return await self._settle(database_id.strip(), migration_id, target, deadline, poll_interval)

    async def _settle(
        self,
        database_id: str,
        migration_id: str,
        target: str,
        deadline: Deadline,
        poll_interval: float | None,
    ) -> MigrationStatus:
        found = await _wait.async_follow(
            lambda: self._read(ops.get_migration_status(database_id, migration_id)),
            status_of,
            goal(target),
            migration_id,
            deadline=deadline,
            poll_interval=poll_interval,
        )
        return _wait.present(found, migration_id, target)

    async def _read(self, call: Call) -> MigrationStatus:
        return one(MigrationStatus).read(await self._send(call.request()))


class MigrationsWithRawResponse:
    """`client.migrations.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, migrations: Migrations) -> None:
        self.cleanup = raw_response(migrations.cleanup)
        self.status = raw_response(migrations.status)
        self.initialize = raw_response(migrations.initialize)
        self.initialize_for_datacenter = raw_response(migrations.initialize_for_datacenter)
        self.launch = raw_response(migrations.launch)
        self.resume = raw_response(migrations.resume)
        self.pause = raw_response(migrations.pause)
        self.abort = raw_response(migrations.abort)
        self.wait_for_status = raw_response(migrations.wait_for_status)


class AsyncMigrationsWithRawResponse:
    """`client.migrations.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, migrations: AsyncMigrations) -> None:
        self.cleanup = async_raw_response(migrations.cleanup)
        self.status = async_raw_response(migrations.status)
        self.initialize = async_raw_response(migrations.initialize)
        self.initialize_for_datacenter = async_raw_response(migrations.initialize_for_datacenter)
        self.launch = async_raw_response(migrations.launch)
        self.resume = async_raw_response(migrations.resume)
        self.pause = async_raw_response(migrations.pause)
        self.abort = async_raw_response(migrations.abort)
        self.wait_for_status = async_raw_response(migrations.wait_for_status)
