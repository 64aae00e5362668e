"""Snapshots, and the clone and restore operations built on them, with their status reads.

Each database has one snapshot from its creation. A clone or a restore runs RUNNING -> DONE (a
step per status read or clock period) while its target database is in MAINTENANCE.
"""

from __future__ import annotations

from .._http import Handler, Reply, Request, Route
from .._state import FakeDatabase, FakeOperation, new_id
from .._world import World

TERMINAL = ("DONE", "ERROR")


def routes(world: World) -> list[Route]:
    api = _Backups(world)
    return [
        Route("GET", "/v2/databases/{databaseID}/snapshots", api.snapshots),
        Route("POST", "/v2/databases/{targetDBID}/cloneFrom/{sourceDBID}", api.clone),
        Route("GET", "/v2/databases/{targetDBID}/cloneStatus/{operationID}", api.status("clone")),
        Route("POST", "/v2/databases/{databaseID}/restore", api.restore),
        Route("GET", "/v2/databases/{databaseID}/restoreStatus/{operationID}", api.status("restore")),
    ]


def snapshot_id(database: FakeDatabase) -> str:
    return f"{database.id}-snapshot-1"


class _Backups:
    def __init__(self, world: World) -> None:
        self.world = world

    def snapshots(self, request: Request, database_id: str) -> Reply:
        database = self.world.database(database_id)
        region = request.arg("sourceRegion")
        if region is not None and region not in {dc["region"] for dc in database.datacenters}:
            raise Reply.error(400, f"database {database_id} has no datacenter in {region}")
        return Reply(200, {"snapshots": [{"id": snapshot_id(database), "time": database.created}]})

    def _snapshot(self, request: Request, source: FakeDatabase) -> None:
        wanted = request.arg("snapshotID")
        if not wanted:
            raise Reply.error(400, "snapshotID is required")
        if wanted != snapshot_id(source):
            raise Reply.error(404, f"snapshot {wanted} not found for database {source.id}")

    def _start(self, kind: str, target: FakeDatabase) -> Reply:
        operation_id = new_id()
        operation = FakeOperation(
            operation_id, {"operationID": operation_id, "kind": kind, "target": target.id}
        )
        now = self.world.now()
        operation.begin(
            "RUNNING", self.world.ending(kind, [("DONE", lambda: target.begin("ACTIVE", [], now))]), now
        )
        target.begin("MAINTENANCE", [], now)
        self.world.org.operations[operation_id] = operation
        self.world.created(kind, operation_id)
        return Reply(200, {"operationID": operation_id, "status": operation.status})

    def clone(self, request: Request, target_id: str, source_id: str) -> Reply:
        source = self.world.database(source_id)
        self._snapshot(request, source)
        if target_id == source_id:
            raise Reply.error(400, "a database cannot be cloned onto itself")
        return self._start("clone", self.world.idle(target_id, "ACTIVE"))

    def restore(self, request: Request, database_id: str) -> Reply:
        database = self.world.database(database_id)
        self._snapshot(request, database)
        return self._start("restore", self.world.idle(database_id, "ACTIVE"))

    def status(self, kind: str) -> Handler:
        def handler(request: Request, database_id: str, operation_id: str) -> Reply:
            self.world.database(database_id)
            self.world.visible(operation_id, f"{kind} operation {operation_id}")
            operation = self.world.org.operations.get(operation_id)
            if (
                operation is None
                or operation.fields.get("kind") != kind
                or operation.fields["target"] != database_id
            ):
                raise Reply.error(404, f"{kind} operation {operation_id} not found")
            self.world.polled(operation)
            return Reply(200, {"operationID": operation_id, "status": operation.status})

        return handler
