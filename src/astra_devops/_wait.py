"""Waiting for a long-running change: poll a status until a target, a failure or a deadline.

Database changes take minutes on the live API, so the default poll interval grows
(1 s, 1.5 s, 2.25 s, ... up to 10 s) and never sleeps past the deadline.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Collection, Iterator
from typing import TypeVar

from .errors import ConflictError, OperationFailedError, WaitTimeoutError

logger = logging.getLogger("astra_devops")
T = TypeVar("T")
GONE = "TERMINATED"
FIRST_INTERVAL = 1.0
GROWTH = 1.5
LONGEST_INTERVAL = 10.0


def _asyncio_sleep() -> Callable[[float], Awaitable[None]]:
    """asyncio.sleep, imported only by async callers: the sync client never pays for asyncio."""
    import asyncio

    return asyncio.sleep


def intervals(poll_interval: float | None) -> Iterator[float]:
    """The fixed interval if given (0: do not sleep), else the growing schedule."""
    interval = FIRST_INTERVAL if poll_interval is None else poll_interval
    while True:
        yield interval
        if poll_interval is None:
            interval = min(interval * GROWTH, LONGEST_INTERVAL)


class _Watch:
    """The state of one wait: what was last seen, and whether the target or a failure is reached."""

    def __init__(
        self,
        resource_id: str,
        target: str,
        failure: Collection[str],
        timeout: float,
        clock: Callable[[], float],
    ) -> None:
        self.resource_id, self.target, self.failure = resource_id, target, failure
        self.clock = clock
        self.deadline = clock() + timeout
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
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            raise WaitTimeoutError(self.resource_id, self.target, self.last)
        return min(interval, remaining)


def wait_for_status(
    fetch: Callable[[], str | None],
    *,
    resource_id: str,
    target: str,
    failure: Collection[str],
    timeout: float,
    poll_interval: float | None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> str | None:
    """Poll `fetch` (the status, or None once the resource is gone) until `target`."""
    watch = _Watch(resource_id, target, failure, timeout, clock)
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
    timeout: float,
    poll_interval: float | None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> str | None:
    """Await `fetch` (the status, or None once the resource is gone) until `target`."""
    sleep = sleep or _asyncio_sleep()
    watch = _Watch(resource_id, target, failure, timeout, clock)
    for interval in intervals(poll_interval):
        status = await fetch()
        if watch.reached(status):
            return status
        await sleep(watch.pause(interval))
    raise AssertionError("unreachable")


def call_when_not_busy(
    action: Callable[[], T],
    *,
    timeout: float,
    poll_interval: float | None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Call `action`, retrying while the API answers 409 (database busy) and time remains."""
    deadline = clock() + timeout
    for interval in intervals(poll_interval):
        try:
            return action()
        except ConflictError:
            remaining = deadline - clock()
            if remaining <= 0:
                raise
            sleep(min(interval, remaining))
    raise AssertionError("unreachable")


async def async_call_when_not_busy(
    action: Callable[[], Awaitable[T]],
    *,
    timeout: float,
    poll_interval: float | None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Await `action`, retrying while the API answers 409 (database busy) and time remains."""
    sleep = sleep or _asyncio_sleep()
    deadline = clock() + timeout
    for interval in intervals(poll_interval):
        try:
            return await action()
        except ConflictError:
            remaining = deadline - clock()
            if remaining <= 0:
                raise
            await sleep(min(interval, remaining))
    raise AssertionError("unreachable")
