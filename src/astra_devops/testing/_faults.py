"""Planned failures, per route: each entry answers one matching request, then service resumes."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

FAULT_NAMES = ("reset", "slow", "html502", "truncated")
Fault = int | str

HTML_502 = (
    b"<html><head><title>502 Bad Gateway</title></head>"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


def template_pattern(template: str) -> re.Pattern[str]:
    """`/v2/databases/{databaseID}` -> a regex capturing the value in each pair of braces."""
    parts = re.split(r"(\{[^}]+\})", template)
    body = "".join("([^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(f"^{body}$")


@dataclass
class _Plan:
    method: str
    pattern: re.Pattern[str]
    faults: deque[Fault]


class FaultPlan:
    """The faults still to serve, in order, for each route."""

    def __init__(self) -> None:
        self._plans: list[_Plan] = []

    def add(self, route: str, faults: list[Fault]) -> None:
        method, _, template = route.partition(" ")
        for fault in faults:
            if not isinstance(fault, int) and fault not in FAULT_NAMES:
                raise ValueError(f"unknown fault {fault!r}; use a status code or one of {FAULT_NAMES}")
        self._plans.append(_Plan(method.upper(), template_pattern(template), deque(faults)))

    def take(self, method: str, path: str) -> Fault | None:
        for plan in self._plans:
            if plan.faults and plan.method == method and plan.pattern.match(path):
                return plan.faults.popleft()
        return None
