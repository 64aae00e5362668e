"""The poller: target, failure, deadline, schedule and logs; and the 409-busy retry."""

import logging

import pytest

from astra_devops import errors
from astra_devops._async._poll import async_call_when_not_busy, async_wait_for_status
from astra_devops._deadline import Deadline
from astra_devops._sync._poll import call_when_not_busy, wait_for_status
from astra_devops._wait import intervals


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def statuses(*values: str | None):  # type: ignore[no-untyped-def]
    sequence = list(values)
    return lambda: sequence.pop(0) if len(sequence) > 1 else sequence[0]


def wait(fetch, target="ACTIVE", timeout=100.0, poll_interval=None, clock=None):  # type: ignore[no-untyped-def]
    clock = clock or Clock()
    return wait_for_status(
        fetch,
        resource_id="db1",
        target=target,
        failure={"ERROR"},
        deadline=Deadline(timeout, clock),
        poll_interval=poll_interval,
        sleep=clock.sleep,
    )


def test_reaches_the_target(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="astra_devops")
    assert wait(statuses("PENDING", "INITIALIZING", "ACTIVE")) == "ACTIVE"
    assert [r.getMessage() for r in caplog.records] == [
        "database db1 is PENDING",
        "database db1: PENDING -> INITIALIZING",
        "database db1: INITIALIZING -> ACTIVE",
    ]


def test_a_failure_state_ends_at_once() -> None:
    clock = Clock()
    with pytest.raises(errors.OperationFailedError) as caught:
        wait(statuses("PENDING", "ERROR", "ACTIVE"), clock=clock)
    assert caught.value.status == "ERROR" and caught.value.target == "ACTIVE"
    assert len(clock.sleeps) == 1


def test_the_deadline_reports_the_last_status() -> None:
    with pytest.raises(errors.WaitTimeoutError) as caught:
        wait(statuses("MAINTENANCE"), timeout=5)
    assert caught.value.last_status == "MAINTENANCE" and caught.value.database_id == "db1"


def test_gone_satisfies_terminated_but_fails_other_targets() -> None:
    assert wait(statuses("TERMINATING", None), target="TERMINATED") is None
    with pytest.raises(errors.OperationFailedError):
        wait(statuses(None))


def test_growing_schedule_and_never_past_the_deadline() -> None:
    schedule = intervals(None)
    assert [round(next(schedule), 3) for _ in range(7)] == [1.0, 1.5, 2.25, 3.375, 5.062, 7.594, 10.0]
    clock = Clock()
    with pytest.raises(errors.WaitTimeoutError):
        wait(statuses("PENDING"), timeout=4, clock=clock)
    assert sum(clock.sleeps) == pytest.approx(4)


def test_fixed_interval_zero_never_sleeps() -> None:
    clock = Clock()
    assert wait(statuses("PENDING", "PENDING", "ACTIVE"), poll_interval=0, clock=clock) == "ACTIVE"
    assert clock.sleeps == [0, 0]


def conflict() -> errors.ConflictError:
    return errors.ConflictError(409, "busy", [], "POST", "u", "")


def test_busy_actions_are_retried_then_succeed() -> None:
    outcomes: list[object] = [conflict(), conflict(), "done"]

    def action() -> str:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return str(outcome)

    clock = Clock()
    assert (
        call_when_not_busy(action, deadline=Deadline(60, clock), poll_interval=None, sleep=clock.sleep)
        == "done"
    )
    assert clock.sleeps == [1.0, 1.5]


def test_busy_actions_give_up_at_the_deadline() -> None:
    clock = Clock()

    def action() -> None:
        raise conflict()

    with pytest.raises(errors.ConflictError):
        call_when_not_busy(action, deadline=Deadline(3, clock), poll_interval=1, sleep=clock.sleep)
    assert sum(clock.sleeps) == pytest.approx(3)


async def test_async_twins() -> None:
    sequence = ["PENDING", "ACTIVE"]

    async def fetch() -> str | None:
        return sequence.pop(0)

    async def no_sleep(seconds: float) -> None:
        return None

    assert (
        await async_wait_for_status(
            fetch,
            resource_id="db",
            target="ACTIVE",
            failure={"ERROR"},
            deadline=Deadline(5),
            poll_interval=0,
            sleep=no_sleep,
        )
        == "ACTIVE"
    )
    calls = [conflict(), "ok"]

    async def action() -> str:
        outcome = calls.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return str(outcome)

    assert (
        await async_call_when_not_busy(action, deadline=Deadline(5), poll_interval=0, sleep=no_sleep) == "ok"
    )
    assert calls == []
