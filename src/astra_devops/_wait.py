"""Waiting for a long-running change: poll a status until a target, a failure or a deadline.

A wait has one deadline (`_deadline.Deadline`). The 409-busy retries of the change, every
poll, every sleep between polls and the retries inside each poll's request all consult it,
so a wait with `timeout=T` ends within T plus one request timeout.

Database changes take minutes on the live API, so the default poll interval grows
(1 s, 1.5 s, 2.25 s, ... up to 10 s) and never sleeps past the deadline. The lifecycle of a
database (what databases, keyspaces and datacenters wait on) lives here too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Collection, Iterator
from typing import TYPE_CHECKING, TypeVar

from ._deadline import Deadline, seconds, within
from .errors import (
    APIConnectionError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OperationFailedError,
    RateLimitError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    from astra_devops_api.models.database import Database

logger = logging.getLogger("astra_devops")
T = TypeVar("T")
GONE = "TERMINATED"
ENDED = ("TERMINATING", "TERMINATED")
FIRST_INTERVAL = 1.0
GROWTH = 1.5
LONGEST_INTERVAL = 10.0
# While waiting, these mean "no news": the poll goes on and the deadline decides.
TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError)
Ready = Callable[["Database"], bool]


def _asyncio_sleep() -> Callable[[float], Awaitable[None]]:
    """asyncio.sleep, imported only by async callers: the sync client never pays for asyncio."""
    import asyncio

    return asyncio.sleep


def check_wait(timeout: object, poll_interval: object) -> float:
    """The wait's budget in seconds; NaN, inf, None or negative values are refused."""
    if poll_interval is not None:
        seconds(poll_interval, "poll_interval")
    return seconds(timeout, "timeout")


def start(timeout: object, poll_interval: object) -> Deadline:
    """The deadline of a wait, its arguments checked first."""
    return Deadline(check_wait(timeout, poll_interval))


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


class _Watch:
    """The state of one wait: what was last seen, and whether the target or a failure is reached."""

    def __init__(self, resource_id: str, target: str, failure: Collection[str], deadline: Deadline) -> None:
        self.resource_id, self.target, self.failure = resource_id, target, failure
        self.deadline = deadline
        self.last: str | None = None
        self.seen = False

    def reached(self, status: str | None) -> bool:
        if not self.seen:
            logger.info("database %s is %s", self.resource_id, status or "gone")
        elif status != self.last:
            logger.info("database %s: %s -> %s", self.resource_id, self.last, status or "gone")
        self.seen, self.last = True, status
        if status == self.target or (status is None and self.target == GONE):
            return True
        if status is None or status in self.failure:
            raise OperationFailedError(self.resource_id, self.target, status or "gone")
        return False

    def pause(self, interval: float) -> float:
        remaining = self.deadline.remaining()
        if remaining <= 0:
            raise WaitTimeoutError(self.resource_id, self.target, self.last)
        return min(interval, remaining)


def wait_for_status(
    fetch: Callable[[], str | None],
    *,
    resource_id: str,
    target: str,
    failure: Collection[str],
    deadline: Deadline,
    poll_interval: float | None,
    sleep: Callable[[float], None] = time.sleep,
) -> str | None:
    """Poll `fetch` (the status, or None once the resource is gone) until `target`."""
    watch = _Watch(resource_id, target, failure, deadline)
    for interval in intervals(poll_interval):
        status = fetch()
        if watch.reached(status):
            return status
        sleep(watch.pause(interval))
    raise AssertionError("unreachable")


async def async_wait_for_status(
    fetch: Callable[[], Awaitable[str | None]],
    *,
    resource_id: str,
    target: str,
    failure: Collection[str],
    deadline: Deadline,
    poll_interval: float | None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> str | None:
    """Await `fetch` (the status, or None once the resource is gone) until `target`."""
    sleep = sleep or _asyncio_sleep()
    watch = _Watch(resource_id, target, failure, deadline)
    for interval in intervals(poll_interval):
        status = await fetch()
        if watch.reached(status):
            return status
        await sleep(watch.pause(interval))
    raise AssertionError("unreachable")


def call_when_not_busy(
    action: Callable[[], T],
    *,
    deadline: Deadline,
    poll_interval: float | None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call `action`, retrying while the API answers 409 (database busy) and time remains."""
    for interval in intervals(poll_interval):
        try:
            return action()
        except ConflictError:
            if deadline.expired():
                raise
        sleep(min(interval, deadline.remaining()))
    raise AssertionError("unreachable")


async def async_call_when_not_busy(
    action: Callable[[], Awaitable[T]],
    *,
    deadline: Deadline,
    poll_interval: float | None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> T:
    """Await `action`, retrying while the API answers 409 (database busy) and time remains."""
    sleep = sleep or _asyncio_sleep()
    for interval in intervals(poll_interval):
        try:
            return await action()
        except ConflictError:
            if deadline.expired():
                raise
        await sleep(min(interval, deadline.remaining()))
    raise AssertionError("unreachable")


def status_of(database: Database) -> str:
    """The status as a plain string, whether the contract knows the value or not."""
    return str(getattr(database.status, "value", database.status))


def failures_for(target: str) -> frozenset[str]:
    """States that mean the wait for `target` can never succeed."""
    return frozenset({"ERROR"} if target in ENDED else {"ERROR", *ENDED})


class _Latest:
    """The last database seen by the polls of one wait, and the status each poll reports."""

    def __init__(self, target: str, ready: Ready | None) -> None:
        self.target, self.ready = target, ready
        self.database: Database | None = None

    def found(self, database: Database) -> str:
        self.database = database
        return self._observed(database)

    def unknown(self) -> str:
        """A poll that got no news (a transient error): the last status stands."""
        return self._observed(self.database) if self.database else "UNKNOWN"

    def _observed(self, database: Database) -> str:
        """At the target but not yet `ready` (say, a keyspace not yet listed), the status says so."""
        status = status_of(database)
        if status == self.target and self.ready is not None and not self.ready(database):
            return f"{status} (change not yet visible)"
        return status


def settle(
    get: Callable[[str], Database],
    database_id: str,
    target: str,
    *,
    deadline: Deadline,
    poll_interval: float | None,
    ready: Ready | None = None,
) -> Database | None:
    """Poll the database until `target` (None once TERMINATED and gone)."""
    latest = _Latest(target, ready)

    def fetch() -> str | None:
        try:
            database = get(database_id)
        except NotFoundError:
            latest.database = None
            return None
        except TRANSIENT:
            return latest.unknown()
        return latest.found(database)

    wait_for_status(
        fetch,
        resource_id=database_id,
        target=target,
        failure=failures_for(target),
        deadline=deadline,
        poll_interval=poll_interval,
    )
    return latest.database


async def async_settle(
    get: Callable[[str], Awaitable[Database]],
    database_id: str,
    target: str,
    *,
    deadline: Deadline,
    poll_interval: float | None,
    ready: Ready | None = None,
) -> Database | None:
    """Poll the database until `target` (None once TERMINATED and gone)."""
    latest = _Latest(target, ready)

    async def fetch() -> str | None:
        try:
            database = await get(database_id)
        except NotFoundError:
            latest.database = None
            return None
        except TRANSIENT:
            return latest.unknown()
        return latest.found(database)

    await async_wait_for_status(
        fetch,
        resource_id=database_id,
        target=target,
        failure=failures_for(target),
        deadline=deadline,
        poll_interval=poll_interval,
    )
    return latest.database


def wait_until(
    get: Callable[[str], Database],
    database_id: str,
    target: str,
    *,
    timeout: float,
    poll_interval: float | None,
    ready: Ready | None = None,
) -> Database | None:
    """Poll until `target` within `timeout` seconds, under one deadline."""
    with within(start(timeout, poll_interval)) as deadline:
        return settle(get, database_id, target, deadline=deadline, poll_interval=poll_interval, ready=ready)


async def async_wait_until(
    get: Callable[[str], Awaitable[Database]],
    database_id: str,
    target: str,
    *,
    timeout: float,
    poll_interval: float | None,
    ready: Ready | None = None,
) -> Database | None:
    """Poll until `target` within `timeout` seconds, under one deadline."""
    with within(start(timeout, poll_interval)) as deadline:
        return await async_settle(
            get, database_id, target, deadline=deadline, poll_interval=poll_interval, ready=ready
        )


def change(
    send: Callable[[], object],
    get: Callable[[str], Database],
    database_id: str,
    target: str,
    *,
    timeout: float,
    poll_interval: float | None,
    ready: Ready | None = None,
) -> Database | None:
    """Send a change (again while the database is busy), then poll until `target`: one deadline for all."""
    with within(start(timeout, poll_interval)) as deadline:
        call_when_not_busy(send, deadline=deadline, poll_interval=poll_interval)
        return settle(get, database_id, target, deadline=deadline, poll_interval=poll_interval, ready=ready)


async def async_change(
    send: Callable[[], Awaitable[object]],
    get: Callable[[str], Awaitable[Database]],
    database_id: str,
    target: str,
    *,
    timeout: float,
    poll_interval: float | None,
    ready: Ready | None = None,
) -> Database | None:
    """Send a change (again while the database is busy), then poll until `target`: one deadline for all."""
    with within(start(timeout, poll_interval)) as deadline:
        await async_call_when_not_busy(send, deadline=deadline, poll_interval=poll_interval)
        return await async_settle(
            get, database_id, target, deadline=deadline, poll_interval=poll_interval, ready=ready
        )
