"""Planned failures and latency, per route (LocalStack's chaos API and MockServer are the models).

A plan without a probability serves its faults in order, one per matching request, then service
resumes. With a probability, each matching request fails with that chance (a seeded generator, so a
run can be repeated), taking the plan's faults in turn, for as long as the plan stands.
"""

from __future__ import annotations

import math
import random
import re
from collections import deque
from dataclasses import dataclass, field

from ._router import template_pattern

FAULT_NAMES = ("reset", "slow", "html502", "truncated")
Fault = int | str

HTML_502 = (
    b"<html><head><title>502 Bad Gateway</title></head>"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


def split_route(route: object) -> tuple[str, str]:
    """`"GET /v2/databases/{databaseID}"` -> ("GET", "/v2/databases/{databaseID}")."""
    if not isinstance(route, str) or " " not in route.strip():
        raise ValueError(f"a route is 'METHOD /path', got {route!r}")
    method, _, template = route.strip().partition(" ")
    return method.upper(), template.strip()


def valid_faults(faults: object) -> list[Fault]:
    if isinstance(faults, str | int) or not isinstance(faults, list | tuple) or not faults:
        raise ValueError(f"faults must be a non-empty list, got {faults!r}")
    for fault in faults:
        is_status = isinstance(fault, int) and not isinstance(fault, bool) and 100 <= fault <= 599
        if not is_status and fault not in FAULT_NAMES:
            raise ValueError(f"unknown fault {fault!r}; use a status code or one of {FAULT_NAMES}")
    return list(faults)


@dataclass
class _Plan:
    method: str
    pattern: re.Pattern[str]
    faults: deque[Fault]
    probability: float | None = None
    rng: random.Random = field(default_factory=random.Random)

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method) and self.pattern.fullmatch(path) is not None

    def take(self) -> Fault | None:
        if self.probability is None:
            return self.faults.popleft()
        if self.rng.random() >= self.probability:
            return None
        self.faults.rotate(-1)
        return self.faults[-1]


class FaultPlan:
    """The faults still to serve and the latency to add, for each route."""

    def __init__(self) -> None:
        self._plans: list[_Plan] = []
        self._delays: list[tuple[str, re.Pattern[str], float]] = []

    def add(
        self, method: str, template: str, faults: list[Fault], probability: float | None, seed: int
    ) -> None:
        if probability is not None and not (isinstance(probability, float | int) and 0 < probability <= 1):
            raise ValueError(f"probability must be in (0, 1], got {probability!r}")
        plan = _Plan(method, template_pattern(template), deque(faults), probability, random.Random(seed))
        self._plans.append(plan)

    def delay(self, method: str, template: str, seconds: float) -> None:
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 <= seconds < math.inf:
            raise ValueError(f"latency must be a finite number of seconds >= 0, got {seconds!r}")
        self._delays.append((method, template_pattern(template), float(seconds)))

    def take(self, method: str, path: str) -> Fault | None:
        for plan in self._plans:
            if plan.faults and plan.matches(method, path):
                fault = plan.take()
                if fault is not None or plan.probability is None:
                    return fault
        return None

    def latency(self, method: str, path: str) -> float:
        return sum(
            seconds
            for each, pattern, seconds in self._delays
            if each in ("*", method) and pattern.fullmatch(path)
        )

    def clear(self) -> None:
        self._plans.clear()
        self._delays.clear()
