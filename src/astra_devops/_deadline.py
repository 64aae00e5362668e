"""One deadline per call or wait, consulted by every request, sleep and poll made under it."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import ConfigurationError

Clock = Callable[[], float]


def seconds(value: object, what: str) -> float:
    """A finite number of seconds >= 0, or ConfigurationError (NaN, inf, None, bool are refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ConfigurationError(f"{what} must be a finite number of seconds >= 0, got {value!r}")
    return float(value)


# The clock deadlines read unless given one: the monotonic clock, or in `measured_by` another.
_CLOCK: ContextVar[Clock] = ContextVar("astra_devops_clock", default=time.monotonic)


@contextmanager
def measured_by(clock: Clock) -> Iterator[None]:
    """Deadlines made in this context read `clock`: the fake's, for the pytest fixtures' clients,
    whose pauses move that clock instead of sleeping, so a wait's timeout passes on the clock its
    pauses move (a wait that never arrives ends after `timeout` of the fake's seconds, not after as
    many real seconds of polling). The fake's clock never runs slower than the monotonic one."""
    token = _CLOCK.set(clock)
    try:
        yield
    finally:
        _CLOCK.reset(token)


class Deadline:
    """A moment on a clock (the monotonic one unless `measured_by` says otherwise) after which no
    new request, sleep or poll starts."""

    def __init__(self, budget: float, clock: Clock | None = None) -> None:
        self._clock = clock or _CLOCK.get()
        self.start = self._clock()
        self.end = self.start + budget

    def elapsed(self) -> float:
        return self._clock() - self.start

    def remaining(self) -> float:
        return max(self.end - self._clock(), 0.0)

    def expired(self) -> bool:
        return self.remaining() <= 0

    def allows(self, delay: float) -> bool:
        """Whether sleeping `delay` seconds still leaves time to act afterwards."""
        return delay < self.remaining()

    def earliest(self, other: Deadline | None) -> Deadline:
        return self if other is None or self.end <= other.end else other

    def __repr__(self) -> str:
        return f"Deadline(remaining={self.remaining():.3f})"


_current: ContextVar[Deadline | None] = ContextVar("astra_devops_deadline", default=None)


def current() -> Deadline | None:
    """The deadline of the wait this code runs under (per thread and per asyncio task), if any."""
    return _current.get()


@contextmanager
def within(deadline: Deadline) -> Iterator[Deadline]:
    """Run a block under `deadline` (an inner deadline never extends an outer one)."""
    effective = deadline.earliest(_current.get())
    token = _current.set(effective)
    try:
        yield effective
    finally:
        _current.reset(token)
