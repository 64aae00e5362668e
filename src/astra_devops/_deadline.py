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


class Deadline:
    """A moment on the monotonic clock after which no new request, sleep or poll starts."""

    def __init__(self, budget: float, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.start = clock()
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
