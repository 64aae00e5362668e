"""Data migrations into a database: initialize, launch, pause, resume, abort, clean up, status.

Statuses follow the contract: INITIALIZING -> READY; a launch goes STARTING -> IN_PROGRESS -> DONE,
a step per status read (or per clock period). Pause and abort bring a running migration back to
READY; cleanup forgets a finished one's resources (its status stays readable).
"""

from __future__ import annotations

from typing import Any

from .._http import Reply, Request, Route
from .._state import FakeOperation, new_id
from .._world import World

RUNNING = ("STARTING", "IN_PROGRESS")


def routes(world: World) -> list[Route]:
    api = _Migrations(world)
    one = "/v2/databases/{databaseID}/migrations/{migrationID}"
    return [
        Route("POST", "/v2/databases/{databaseID}/migrations/initialize", api.initialize),
        Route(
            "POST",
            "/v2/databases/{databaseID}/datacenters/{datacenterID}/migrations/initialize",
            api.initialize,
        ),
        Route(
            "POST",
            f"{one}/launch",
            api.act(("READY",), [("STARTING", None), ("IN_PROGRESS", None), ("DONE", None)]),
        ),
        Route("POST", f"{one}/pause", api.act(RUNNING, [("READY", None)])),
        Route(
            "POST",
            f"{one}/resume",
            api.act(("READY",), [("STARTING", None), ("IN_PROGRESS", None), ("DONE", None)]),
        ),
        Route("POST", f"{one}/abort", api.act((*RUNNING, "READY"), [("READY", None)])),
        Route("POST", f"{one}/cleanup", api.act(("DONE", "READY", "ERROR"), [])),
        Route("GET", one, api.status),
    ]


def _number(request: Request, name: str, default: float, integer: bool) -> Any:
    """The contract types these as free strings: a value that is not a sensible number is ignored."""
    try:
        number = (int if integer else float)(request.arg(name) or "")
    except ValueError:
        return default
    return number if 0 < number <= 1024 else default


class _Migrations:
    def __init__(self, world: World) -> None:
        self.world = world

    def initialize(self, request: Request, database_id: str, datacenter_id: str | None = None) -> Reply:
        concurrency = _number(request, "concurrency", 4, True)
        subset = _number(request, "targetSubsetSizeGB", 1.0, False)
        if datacenter_id is None:
            self.world.idle(database_id, "ACTIVE")
        else:
            self.world.datacenter(database_id, datacenter_id)
            self.world.idle(database_id, "ACTIVE")
        migration_id = new_id()
        fields = {"migrationID": migration_id, "concurrency": concurrency, "targetSubsetSizeGB": subset}
        migration = FakeOperation(migration_id, {**fields, "databaseID": database_id})
        migration.begin("INITIALIZING", self.world.ending("migration", [("READY", None)]), self.world.now())
        self.world.org.operations[migration_id] = migration
        return Reply(200, _shape(migration))

    def _migration(self, database_id: str, migration_id: str) -> FakeOperation:
        self.world.database(database_id)
        migration = self.world.org.operations.get(migration_id)
        if migration is None or migration.fields.get("databaseID") != database_id:
            raise Reply.error(404, f"migration {migration_id} not found")
        return migration

    def act(self, allowed: tuple[str, ...], then: list[tuple[str, None]]) -> Any:
        def handler(request: Request, database_id: str, migration_id: str) -> Reply:
            request.arg("option.cleanupTime")
            migration = self._migration(database_id, migration_id)
            if migration.status not in allowed:
                raise Reply.error(409, f"migration {migration_id} is {migration.status}")
            if then:
                migration.begin(then[0][0], self.world.ending("migration", list(then[1:])), self.world.now())
            return Reply(200, _shape(migration))

        return handler

    def status(self, request: Request, database_id: str, migration_id: str) -> Reply:
        migration = self._migration(database_id, migration_id)
        self.world.polled(migration)
        return Reply(200, _shape(migration))


def _shape(migration: FakeOperation) -> dict[str, Any]:
    return {k: v for k, v in migration.as_json().items() if k != "databaseID"}
