# Generated from _async/migrations.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.migrations`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from types import MethodType
from typing import Any, Protocol, overload

from astra_devops_api.models import MigrationStatus
from astra_devops_api.types import UNSET, Unset

from .. import _operations as ops
from .. import _validate, _wait
from .._deadline import Deadline
from .._endpoints import Call, named, one
from .._requests.migrations import RUN_TIMEOUT, SETUP_TIMEOUT, acted_on, goal, ids, status_of, step_method
from .._resource import Headers, per_call
from . import _poll
from ._endpoints import endpoint
from ._raw import MigrationsWithRawResponse
from ._resource import SyncResource


class StepCall(Protocol):
    def __call__(
        self,
        database_id: str,
        migration_id: str,
        *,
        wait: bool = True,
        timeout: float = RUN_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus: ...


class step:
    """A step of a migration (launch, pause...): one request, then with `wait` the wait for `goal`."""

    def __init__(self, build: Callable[[str, str], Call], summary: str, goal: str, timeout: float) -> None:
        @per_call
        def method(
            resource: Migrations,
            database_id: str,
            migration_id: str,
            *,
            wait: bool = True,
            timeout: float = timeout,
            poll_interval: float | None = None,
            extra_headers: Headers | None = None,
        ) -> MigrationStatus:
            call = build(*ids(database_id, migration_id))
            return resource._step(call, database_id, goal, wait, timeout, poll_interval)

        self._method = step_method(method, summary, goal)

    def __set_name__(self, owner: type, name: str) -> None:
        named(self._method, owner, name)

    @overload
    def __get__(self, instance: None, owner: type) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: Migrations, owner: type) -> StepCall: ...
    def __get__(self, instance: Migrations | None, owner: type) -> Callable[..., Any] | StepCall:
        return self._method if instance is None else MethodType(self._method, instance)


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
        call = ops.initialize_migration_dc(
            _validate.identifier(database_id, "database_id"),
            _validate.identifier(datacenter_id, "datacenter_id"),
            concurrency=concurrency,
            target_subset_size_gb=target_subset_size_gb,
            option=option,
        )
        return self._step(call, database_id, "READY", wait, timeout, poll_interval)

    launch = step(ops.launch_migration, "Launch a READY migration", "DONE", RUN_TIMEOUT)
    resume = step(ops.resume_migration, "Resume a paused migration", "DONE", RUN_TIMEOUT)
    pause = step(ops.pause_migration, "Pause a running migration", "PAUSED", SETUP_TIMEOUT)
    abort = step(ops.abort_migration, "Abort a migration", "ABORTED", SETUP_TIMEOUT)

    @per_call
    def wait_for_status(
        self,
        database_id: str,
        migration_id: str,
        status: _validate.MigrationGoal = "DONE",
        *,
        timeout: float = RUN_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> MigrationStatus:
        """Poll a migration until it reaches `status` (resume a wait from its id in another process).

        Args:
            database_id: The database's id.
            migration_id: The migration's id (as `MigrationStatus` gives it).
            status: The state to reach: DONE (the default), READY, PAUSED, ABORTED...
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
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
            migration_id = acted_on(self._read(call), call)
            return self._settle(database_id.strip(), migration_id, target, deadline, poll_interval)

    def _settle(
        self,
        database_id: str,
        migration_id: str,
        target: str,
        deadline: Deadline,
        poll_interval: float | None,
    ) -> MigrationStatus:
        found = _poll.follow(
            lambda: self._read(ops.get_migration_status(database_id, migration_id)),
            status_of,
            goal(target),
            migration_id,
            deadline=deadline,
            poll_interval=poll_interval,
            sleep=self._http._sleep,
        )
        return _wait.present(found, migration_id, target)

    def _read(self, call: Call) -> MigrationStatus:
        return one(MigrationStatus).read(self._send(call.request()))
