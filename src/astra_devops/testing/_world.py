"""What every route module sees: the organization, the fake's clock and the common look-ups."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._http import Reply
from ._state import Effect, FakeDatabase, FakeOperation, FakeOrganization, Steps

BUSY = {
    "PENDING",
    "INITIALIZING",
    "MAINTENANCE",
    "TERMINATING",
    "PARKING",
    "UNPARKING",
    "RESIZING",
    "SUSPENDING",
    "RESUMING",
}
# What `FakeAstra.fail_next` can make fail (lifecycles a route starts toward a success status),
# and the failure statuses each can end in: a database's status enum has ERROR alone.
FAILABLE = {
    "database": ("ERROR",),
    "clone": ("ERROR", "FAILED", "ABORTED", "CANCELLED"),
    "restore": ("ERROR", "FAILED", "ABORTED", "CANCELLED"),
    "migration": ("ERROR", "FAILED", "ABORTED"),
    "report": ("ERROR", "FAILED"),
    "pcu_group": ("ERROR", "FAILED"),
}
# What `FakeAstra.hide_next` can keep out of sight for a while after its creation.
HIDEABLE = ("database", "clone", "restore")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,49}")


@dataclass
class World:
    org: FakeOrganization
    clock: Callable[[], float]
    advance_on_poll: bool
    # Lifecycles also move every `step_seconds` of the clock while `advance_on_poll` holds (`serve`).
    timed: bool = False
    bundle_base: str = "https://fake-bundles.astra.local"
    failures: dict[str, list[str]] = field(default_factory=dict)
    hiding: dict[str, list[int]] = field(default_factory=dict)
    unseen: dict[str, int] = field(default_factory=dict)

    def now(self) -> float:
        return self.clock()

    def ending(self, kind: str, steps: list[tuple[str, Effect | None]]) -> list[tuple[str, Effect | None]]:
        """`steps`, or, when a failure is planned for `kind` (`FakeAstra.fail_next`), the same steps
        ending in the failure's status instead of success. The last step's effect still runs: it
        releases what the operation held (a clone's target leaves MAINTENANCE)."""
        planned = self.failures.get(kind)
        if not planned or not steps:
            return steps
        *before, (_, effect) = steps
        return [*before, (planned.pop(0), effect)]

    def created(self, kind: str, thing_id: str) -> None:
        """A new `kind` exists: when a hiding is planned for it (`FakeAstra.hide_next`), it starts unseen."""
        planned = self.hiding.get(kind)
        if planned:
            self.unseen[thing_id] = planned.pop(0)

    def visible(self, thing_id: str, what: str) -> None:
        """A read of a new thing still unseen is a 404 (and uses up one of its unseen reads)."""
        left = self.unseen.pop(thing_id, 0)
        if left:
            if left > 1:
                self.unseen[thing_id] = left - 1
            raise Reply.error(404, f"{what} not found")

    def polled(self, thing: Steps) -> None:
        """A read of `thing`: with `advance_on_poll`, its lifecycle moves one step."""
        if self.advance_on_poll:
            thing.step(self.now())

    def database(self, database_id: str) -> FakeDatabase:
        database = self.org.databases.get(database_id)
        if database is None:
            raise Reply.error(404, f"database {database_id} not found")
        return database

    def idle(self, database_id: str, *allowed: str) -> FakeDatabase:
        """A database that can take an action now: not busy, and in one of `allowed` if given."""
        database = self.database(database_id)
        if database.status == "HIBERNATED":
            database.begin("RESUMING", [("ACTIVE", None)], self.now())
            raise Reply.error(409, f"database {database_id} was hibernated and is resuming; try again later")
        if database.status in BUSY or (allowed and database.status not in allowed):
            raise Reply.error(409, f"database {database_id} is {database.status}; try again later")
        return database

    def datacenter(self, database_id: str, datacenter_id: str) -> tuple[FakeDatabase, dict[str, Any]]:
        database = self.database(database_id)
        for datacenter in database.datacenters:
            if datacenter["id"] == datacenter_id:
                return database, datacenter
        raise Reply.error(404, f"datacenter {datacenter_id} not found")

    def any_datacenter(self, datacenter_id: str, missing: int = 404) -> tuple[FakeDatabase, dict[str, Any]]:
        for database in self.org.databases.values():
            for datacenter in database.datacenters:
                if datacenter["id"] == datacenter_id:
                    return database, datacenter
        raise Reply.error(missing, f"datacenter {datacenter_id} not found")

    def pcu_group(self, group_id: str) -> FakeOperation:
        group = self.org.pcu_groups.get(group_id)
        if group is None:
            raise Reply.error(400, f"PCU group {group_id} not found")
        return group


def text(body: dict[str, Any], key: str, *, required: bool = True, default: str = "") -> str:
    """A string field of a request body; a 400 naming the field otherwise."""
    value = body.get(key)
    if value is None and not required:
        return default
    if not isinstance(value, str) or not value.strip():
        raise Reply.error(400, f"{key} must be a non-empty string")
    return value


def name_problem(value: Any, key: str = "name") -> str:
    """What is wrong with a resource name (letters, digits, space, `_.-`, 50 at most), or ''."""
    if not isinstance(value, str) or not value.strip():
        return f"{key} is required"
    if not _NAME.fullmatch(value):
        return f"{key} must be 1 to 50 letters, digits, spaces, '_', '.' or '-'"
    return ""


def name(body: dict[str, Any], key: str = "name") -> str:
    problem = name_problem(body.get(key), key)
    if problem:
        raise Reply.error(400, problem)
    return str(body[key])


def strings(value: Any, what: str, *, empty: bool = False) -> list[str]:
    """A list of non-empty strings (a lone string is refused)."""
    if not isinstance(value, list) or (not value and not empty):
        raise Reply.error(400, f"{what} must be a {'' if empty else 'non-empty '}list of strings")
    if not all(isinstance(item, str) and item for item in value):
        raise Reply.error(400, f"{what} must hold non-empty strings only")
    return list(value)


def flag(body: dict[str, Any], key: str, default: bool) -> bool:
    value = body.get(key, default)
    if not isinstance(value, bool):
        raise Reply.error(400, f"{key} must be true or false")
    return value


def whole(value: Any, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Reply.error(400, f"{what} must be a whole number from {low} to {high}")
    return value
