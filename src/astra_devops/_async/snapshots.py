"""The methods of `client.snapshots` (asynchronous)."""

from __future__ import annotations

from astra_devops_api.models import CloneStatus, SnapshotList
from astra_devops_api.types import UNSET, Unset

from .. import _operations as ops
from .. import _validate, _wait
from .._deadline import Deadline
from .._endpoints import one
from .._requests.snapshots import CLONE, OPERATION_TIMEOUT, RESTORE, Status, started, status_of
from .._resource import Headers, per_call
from ._endpoints import async_endpoint
from ._raw import AsyncSnapshotsWithRawResponse
from ._resource import AsyncResource


class AsyncSnapshots(AsyncResource[AsyncSnapshotsWithRawResponse]):
    """Snapshots of a database, and cloning or restoring from them (asynchronous)."""

    list = async_endpoint(ops.list_snapshots, one(SnapshotList))
    clone_status = async_endpoint(ops.clone_status, one(CloneStatus))
    restore_status = async_endpoint(ops.restore_status, one(CloneStatus))

    @per_call
    async def clone(
        self,
        target_dbid: str,
        source_dbid: str,
        *,
        snapshot_id: str,
        source_region: str | Unset = UNSET,
        wait: bool = True,
        timeout: float = OPERATION_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> CloneStatus:
        """Clone a snapshot of `source_dbid` onto `target_dbid`; with `wait`, return once DONE.

        Args:
            target_dbid: The database the snapshot is cloned into.
            source_dbid: The database the snapshot was taken from.
            snapshot_id: The snapshot's id.
            source_region: The source database's region; not sent when left out.
            wait: Wait until the clone is DONE; False returns as soon as the API accepted the request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        target = _validate.identifier(target_dbid, "target_dbid")
        request = ops.clone_from_db(
            target,
            _validate.identifier(source_dbid, "source_dbid"),
            snapshot_id=_validate.identifier(snapshot_id, "snapshot_id"),
            source_region=source_region,
        ).request()
        return await self._run(request, ops.clone_status, target, CLONE, wait, timeout, poll_interval)

    @per_call
    async def restore(
        self,
        database_id: str,
        *,
        snapshot_id: str,
        wait: bool = True,
        timeout: float = OPERATION_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> CloneStatus:
        """Restore a database from one of its snapshots; with `wait`, return once DONE.

        Args:
            database_id: The database restored from its own snapshot.
            snapshot_id: The snapshot's id.
            wait: Wait until the restore is DONE; False returns as soon as the API accepted the request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        database_id = _validate.identifier(database_id, "database_id")
        request = ops.restore_database(
            database_id, snapshot_id=_validate.identifier(snapshot_id, "snapshot_id")
        ).request()
        return await self._run(
            request, ops.restore_status, database_id, RESTORE, wait, timeout, poll_interval
        )

    @per_call
    async def wait_for_clone(
        self,
        target_dbid: str,
        operation_id: str,
        *,
        timeout: float = OPERATION_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> CloneStatus:
        """Poll a clone (by its target database and operation id) until DONE.

        Args:
            target_dbid: The database the snapshot is cloned into.
            operation_id: The operation id the clone or restore answered with.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        ids = (
            _validate.identifier(target_dbid, "target_dbid"),
            _validate.identifier(operation_id, "operation_id"),
        )
        with _wait.waiting(timeout, poll_interval) as deadline:
            return await self._settle(ops.clone_status, *ids, CLONE, deadline, poll_interval)

    @per_call
    async def wait_for_restore(
        self,
        database_id: str,
        operation_id: str,
        *,
        timeout: float = OPERATION_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> CloneStatus:
        """Poll a restore (by its database and operation id) until DONE.

        Args:
            database_id: The database's id.
            operation_id: The operation id the clone or restore answered with.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        ids = (
            _validate.identifier(database_id, "database_id"),
            _validate.identifier(operation_id, "operation_id"),
        )
        with _wait.waiting(timeout, poll_interval) as deadline:
            return await self._settle(ops.restore_status, *ids, RESTORE, deadline, poll_interval)

    async def _run(
        self,
        request: dict[str, object],
        status: Status,
        database_id: str,
        goal: _wait.Goal,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
    ) -> CloneStatus:
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            return one(CloneStatus).read(await self._send(request))
        with _wait.waiting(timeout, poll_interval) as deadline:
            operation = started(await self._send(request))
            created = _wait.after_create(goal)
            return await self._settle(status, database_id, operation, created, deadline, poll_interval)

    async def _settle(
        self,
        status: Status,
        database_id: str,
        operation: str,
        goal: _wait.Goal,
        deadline: Deadline,
        poll_interval: float | None,
    ) -> CloneStatus:
        found = await self._reach(
            goal,
            operation,
            lambda: self._read(status, database_id, operation),
            status_of,
            deadline,
            poll_interval,
        )
        return _wait.present(found, operation, goal.target)

    async def _read(self, status: Status, database_id: str, operation: str) -> CloneStatus:
        return one(CloneStatus).read(await self._send(status(database_id, operation).request()))
