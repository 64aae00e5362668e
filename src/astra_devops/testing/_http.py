"""Requests and replies as the fake sees them: plain data, no HTTP library, no routes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

MAX_JSON_DEPTH = 64
Encoded = tuple[int, dict[str, str], bytes]


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""

    def json(self) -> Any:
        """The body as JSON; a 400 in the live shape when it is not JSON or is nested absurdly deep."""
        if not self.body:
            return None
        try:
            value = json.loads(self.body)
        except (ValueError, RecursionError):
            raise Reply.error(400, "request body is not valid JSON") from None
        if _depth(value) > MAX_JSON_DEPTH:
            raise Reply.error(400, "request body is nested too deeply")
        return value

    def object(self) -> dict[str, Any]:
        """The body, which must be a JSON object."""
        body = self.json()
        if not isinstance(body, dict):
            raise Reply.error(400, "request body must be a JSON object")
        return body

    def array(self) -> list[Any]:
        """The body, which must be a JSON array."""
        body = self.json()
        if not isinstance(body, list):
            raise Reply.error(400, "request body must be a JSON array")
        return body

    def arg(self, name: str, default: str | None = None) -> str | None:
        return self.query.get(name, [default])[0]

    def int_arg(self, name: str, default: int) -> int:
        """An integer query parameter; anything else is the live 400."""
        value = self.arg(name)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except ValueError:
            raise Reply.error(400, f"query parameter {name} must be an integer") from None

    def bool_arg(self, name: str) -> bool:
        value = (self.arg(name) or "false").lower()
        if value not in ("true", "false"):
            raise Reply.error(400, f"query parameter {name} must be true or false")
        return value == "true"


def _depth(value: Any) -> int:
    """How deeply `value` nests, without recursion (it may be hostile)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_JSON_DEPTH:
            break
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, level + 1) for child in children)
    return deepest


@dataclass
class Reply(Exception):
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> Reply:
        """The common live error shape: `{"errors": [{"ID": ..., "message": ...}]}` (seed 001)."""
        return cls(status, {"errors": [{"ID": status * 100 + 1, "message": message}]})

    def encoded(self) -> Encoded:
        if isinstance(self.body, bytes):
            return self.status, self.headers, self.body
        if self.body is None:
            return self.status, self.headers, b""
        return (
            self.status,
            {"Content-Type": "application/json", **self.headers},
            json.dumps(self.body).encode(),
        )


Handler = Callable[..., Reply]


@dataclass(frozen=True)
class Route:
    """One operation: `handler(request, *path_values)` answers it."""

    method: str
    template: str
    handler: Handler
    authenticated: bool = True


class Answerer(Protocol):
    """What the wire layer needs from the fake: one answer (or a connection fault) per request."""

    slow_seconds: float

    def latency(self, request: Request) -> float: ...

    def respond(self, request: Request) -> Encoded | str: ...

    def answer(self, request: Request) -> Encoded: ...

    def served_at(self, url: str) -> None: ...
