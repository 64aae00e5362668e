"""The polling loops of every wait (asynchronous): they fetch, sleep and call again; `_wait`
decides when they stop (its goals, deadlines and intervals). Resources pass their client's sleep,
the one its retries use, so a client whose clock is a fake's never waits in real time."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from typing import TYPE_CHECKING

from .. import _statuses
from .._deadline import Deadline, within
from .._transport import asleep
from .._wait import (
    TRANSIENT,
    Goal,
    Item,
    Ready,
    T,
    _Latest,
    _Watch,
    database_goal,
    database_status,
    intervals,
    logger,
    start,
    status_of,
)
from ..errors import ConflictError, NotFoundError, OperationFailedError, UnreachableStatusError

if TYPE_CHECKING:
    from astra_devops_api.models.database import Database


async def async_wait_for_status(
    fetch: Callable[[], Awaitable[str | None]],
    *,
    resource_id: str,
    target: str,
    failure: Collection[str],
    deadline: Deadline,
    poll_interval: float | None,
    sleep: Callable[[float], Awaitable[None]] = asleep,
    goal: Goal | None = None,
) -> str | None:
    """Poll `fetch` (the status, or None once the resource is gone) until `target`."""
    watch = _Watch(goal or Goal(target, frozenset(failure)), resource_id, deadline)
    for interval in intervals(poll_interval):
        status = await fetch()
        if watch.reached(status):
            return status
        await sleep(watch.pause(interval))
    raise AssertionError("unreachable")


async def async_call_when_not_busy(
    action: Callable[[], Awaitable[T]],
    *,
    deadline: Deadline,
    poll_interval: float | None,
    sleep: Callable[[float], Awaitable[None]] = asleep,
    standing: Callable[[bool], Awaitable[bool]] | None = None,
) -> T | None:
    """Call `action`, retrying while the API answers 409 (database busy) and time remains.

    On a 409, `standing(unknown)` reads where the thing stands: True when an earlier attempt whose
    answer was lost (`unknown`) shows accepted (None is returned, no further attempt); it raises
    when no retry can succeed."""
    unknown = False
    for interval in intervals(poll_interval):
        try:
            return await action()
        except ConflictError as exc:
            unknown = unknown or exc.after_unknown_outcome
            if standing is not None and await standing(unknown):
                logger.info("an earlier attempt whose answer was lost was accepted: %s", exc.message)
                return None
            if deadline.expired():
                raise
        await sleep(min(interval, deadline.remaining()))
    raise AssertionError("unreachable")


async def async_standing(
    get: Callable[[str], Awaitable[Database]],
    database_id: str,
    target: str,
    action: str | None,
    unknown: bool,
) -> bool:
    """After a 409 to `action` (toward `target`): True when an attempt whose answer was lost shows
    accepted (the database shows the action under way or done); OperationFailedError or
    UnreachableStatusError when it stands where no retry reaches `target`; False otherwise (no news too)."""
    try:
        status = status_of(await get(database_id))
    except TRANSIENT:
        return False
    if unknown and action is not None and status in _statuses.UNDERWAY[action]:
        return True
    if status in _statuses.failures(target):
        raise OperationFailedError(database_id, target, status)
    if status in _statuses.blocked(target, action):
        raise UnreachableStatusError(database_id, target, status, _statuses.move(target, status, database_id))
    return False


async def async_follow(
    read: Callable[[], Awaitable[Item]],
    status: Callable[[Item], str | None],
    goal: Goal,
    resource_id: str,
    *,
    deadline: Deadline,
    poll_interval: float | None,
    sleep: Callable[[float], Awaitable[None]] = asleep,
) -> Item | None:
    """Poll `read` until `status` of what it returns reaches `goal`; the last thing read (None if gone)."""
    latest: _Latest[Item] = _Latest(status)

    async def fetch() -> str | None:
        try:
            return latest.found(await read())
        except NotFoundError:
            return latest.gone()
        except TRANSIENT:
            return latest.unknown()

    await async_wait_for_status(
        fetch,
        resource_id=resource_id,
        target=goal.target,
        failure=goal.failure,
        deadline=deadline,
        poll_interval=poll_interval,
        sleep=sleep,
        goal=goal,
    )
    return latest.item


async def async_settle(
    get: Callable[[str], Awaitable[Database]],
    database_id: str,
    target: str,
    *,
    timeout: float,
    poll_interval: float | None,
    sleep: Callable[[float], Awaitable[None]] = asleep,
    send: Callable[[], Awaitable[object]] | None = None,
    action: str | None = None,
    ready: Ready | None = None,
    created: bool = False,
) -> Database | None:
    """`send` `action`, if any (again while the database is busy), then poll the database until
    `target` (None once TERMINATED and gone): one deadline, `timeout` seconds, for all."""
    with within(start(timeout, poll_interval)) as deadline:
        if send is not None:
            await async_call_when_not_busy(
                send,
                deadline=deadline,
                poll_interval=poll_interval,
                sleep=sleep,
                standing=lambda unknown: async_standing(get, database_id, target, action, unknown),
            )
        return await async_follow(
            lambda: get(database_id),
            database_status(target, ready),
            database_goal(target, created=created, after=action),
            database_id,
            deadline=deadline,
            poll_interval=poll_interval,
            sleep=sleep,
        )
