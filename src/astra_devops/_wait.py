"""Waiting for a long-running change: poll a status until a target, a failure or a deadline.

A wait has one deadline (`_deadline.Deadline`). The 409-busy retries of the change, every
poll, every sleep between polls and the retries inside each poll's request all consult it,
so a wait with `timeout=T` ends within T plus one request timeout.

Database changes take minutes on the live API, so the default poll interval grows
(1 s, 1.5 s, 2.25 s, ... up to 10 s) and never sleeps past the deadline. `follow`
(`_async/_poll.py`, and its generated twin in `_sync/`) is the one polling loop of every
long-running operation (a database, a PCU group, a clone, a restore, a migration, a billing
report, a datacenter): a `Goal` says which statuses end it; a transient error is no news and a
404 means the thing is gone, except in a wait that follows a create: there a 404 means "not yet
visible" until the thing is first seen, for CREATE_GRACE seconds at most. Which database statuses
end a wait, and the call that moves a database on from one, is the table of `_statuses`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final, Generic, TypeVar

from . import _statuses
from ._deadline import Deadline, seconds, within
from .errors import (
    APIConnectionError,
    ConfigurationError,
    InternalServerError,
    OperationFailedError,
    RateLimitError,
    UnreachableStatusError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    from astra_devops_api.models.database import Database

logger = logging.getLogger("astra_devops")
T = TypeVar("T")
Item = TypeVar("Item")
GONE: Final = "TERMINATED"
ENDED = ("TERMINATING", "TERMINATED")
FIRST_INTERVAL = 1.0
GROWTH = 1.5
LONGEST_INTERVAL = 10.0
# A new thing may answer 404 for a while after its create was accepted (terraform-provider-astra
# #222): a wait that follows a create reads 404 as "not yet visible" this long at most, then as gone.
CREATE_GRACE = 30.0
NOT_VISIBLE = "NOT FOUND (not yet visible)"
# What a poll reports when it got no answer and nothing was read before: never a verdict.
NO_NEWS = "UNKNOWN (no answer yet)"
# While waiting, these mean "no news": the poll goes on and the deadline decides.
TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError)
Ready = Callable[["Database"], bool]


def check_wait(timeout: object, poll_interval: object) -> float:
    """The wait's budget in seconds; NaN, inf, None or negative values are refused."""
    if poll_interval is not None:
        seconds(poll_interval, "poll_interval")
    return seconds(timeout, "timeout")


def start(timeout: object, poll_interval: object) -> Deadline:
    """The deadline of a wait, its arguments checked first."""
    return Deadline(check_wait(timeout, poll_interval))


def waiting(timeout: object, poll_interval: object) -> AbstractContextManager[Deadline]:
    """`with waiting(timeout, poll_interval) as deadline:` the one deadline of a start and its wait."""
    return within(start(timeout, poll_interval))


def target_status(status: object) -> str:
    """The status to wait for, upper-cased (ACTIVE, PARKED, TERMINATED...)."""
    if not isinstance(status, str) or not status.strip():
        raise ConfigurationError(f"status must be a status name such as 'ACTIVE', got {status!r}")
    return status.strip().upper()


def intervals(poll_interval: float | None) -> Iterator[float]:
    """The fixed interval if given (0: do not sleep), else the growing schedule."""
    interval = FIRST_INTERVAL if poll_interval is None else poll_interval
    while True:
        yield interval
        if poll_interval is None:
            interval = min(interval * GROWTH, LONGEST_INTERVAL)


@dataclass(frozen=True)
class Goal:
    """What a wait waits for: `target` (or any of `done`, or with `any_status` the first status
    read), failing on any of `failure` or on the thing being gone (unless `target` is TERMINATED),
    and ending at once on any of `stuck` (reached only after another call, `_statuses`).
    `kind` names the thing in the logs; `created` (the wait follows a create) lets a 404 mean
    "not yet visible" for CREATE_GRACE; `resume` is the call that goes on waiting after a timeout
    (formatted with `id` and `target`)."""

    target: str
    failure: frozenset[str] = frozenset({"ERROR", "FAILED"})
    kind: str = "database"
    done: frozenset[str] = field(default_factory=frozenset)
    created: bool = False
    any_status: bool = False
    stuck: frozenset[str] = frozenset()
    resume: str | None = None


def after_create(goal: Goal) -> Goal:
    """The same goal, for a wait that follows the create of the thing it polls."""
    return replace(goal, created=True)


class _Watch:
    """The state of one wait: what was last seen, and whether the target or a failure is reached."""

    def __init__(self, goal: Goal, resource_id: str, deadline: Deadline) -> None:
        self.resource_id, self.target, self.failure = resource_id, goal.target, goal.failure
        self.kind, self.done, self.any_status = goal.kind, goal.done | {goal.target}, goal.any_status
        self.stuck = goal.stuck
        self.resume = goal.resume.format(id=resource_id, target=goal.target) if goal.resume else None
        self.deadline = deadline
        self.last: str | None = None
        self.seen = False
        grace = CREATE_GRACE if goal.created and goal.target != GONE else 0.0
        # Until something is seen, a 404 while more than this is left means "not yet visible".
        self.unseen_while = deadline.remaining() - grace

    def reached(self, status: str | None) -> bool:
        if status is None and self.deadline.remaining() > self.unseen_while:
            status = NOT_VISIBLE
        elif status not in (None, "UNKNOWN", NO_NEWS):
            self.unseen_while = math.inf
        if not self.seen:
            logger.info("%s %s is %s", self.kind, self.resource_id, status or "gone")
        elif status != self.last:
            logger.info("%s %s: %s -> %s", self.kind, self.resource_id, self.last, status or "gone")
        self.seen, self.last = True, status
        if status in self.done or (status is None and self.target == GONE):
            return True
        if self.any_status and status not in (None, NOT_VISIBLE, NO_NEWS):
            return True
        if status is None or status in self.failure:
            raise OperationFailedError(self.resource_id, self.target, status or "gone")
        if status in self.stuck:
            action = _statuses.move(self.target, status, self.resource_id)
            raise UnreachableStatusError(self.resource_id, self.target, status, action)
        return False

    def pause(self, interval: float) -> float:
        remaining = self.deadline.remaining()
        if remaining <= 0:
            raise WaitTimeoutError(
                self.resource_id, self.target, self.last, waited=self.deadline.elapsed(), resume=self.resume
            )
        return min(interval, remaining)


def reported(status: object) -> str:
    """A status field as sent, upper-cased; UNKNOWN when the answer has none."""
    return status.strip().upper() if isinstance(status, str) and status.strip() else "UNKNOWN"


def present(item: Item | None, resource_id: str, target: str) -> Item:
    """What a wait ended on; a thing gone while waiting for another target is a failure."""
    if item is None:
        raise OperationFailedError(resource_id, target, "gone")
    return item


def status_of(database: Database) -> str:
    """The status as a plain string, whether the contract knows the value or not."""
    return str(getattr(database.status, "value", database.status))


def database_goal(target: str, *, created: bool = False, after: str | None = None) -> Goal:
    """The goal of a wait for a database status, `after` the action it follows (if any)."""
    return Goal(
        target,
        _statuses.failures(target),
        created=created,
        stuck=_statuses.stuck(target, after),
        resume=_statuses.RESUME,
    )


class _Latest(Generic[Item]):
    """The last thing seen by the polls of one wait, and the status each poll reports."""

    def __init__(self, status: Callable[[Item], str | None]) -> None:
        self.status = status
        self.item: Item | None = None

    def found(self, item: Item) -> str | None:
        self.item = item
        return self.status(item)

    def gone(self) -> str | None:
        self.item = None
        return None

    def unknown(self) -> str | None:
        """A poll that got no news (a transient error): the last status stands, or there is none."""
        return self.status(self.item) if self.item is not None else NO_NEWS


def database_status(target: str, ready: Ready | None) -> Callable[[Database], str]:
    """At the target but not yet `ready` (say, a keyspace not yet listed), the status says so."""

    def status(database: Database) -> str:
        observed = status_of(database)
        if observed == target and ready is not None and not ready(database):
            return f"{observed} (change not yet visible)"
        return observed

    return status
