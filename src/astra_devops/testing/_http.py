"""Requests and replies as the fake sees them: plain data, no HTTP library, no routes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

MAX_JSON_DEPTH = 64
# The largest body the fake decodes (a 413 beyond it): ample for any request of the API, and the
# bound on the memory and time a hostile body can cost.
MAX_JSON_BYTES = 1024 * 1024
# The request log keeps the last LOG_LIMIT requests, each body cut to LOG_BODY_BYTES.
LOG_LIMIT = 10_000
LOG_BODY_BYTES = 64 * 1024
Encoded = tuple[int, dict[str, str], bytes]
_UNREAD = object()


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""
    _decoded: Any = field(default=_UNREAD, repr=False, compare=False)

    def decode(self) -> None:
        """Decode the body now, before the fake's lock is taken: `json()` answers from what it found."""
        if self._decoded is _UNREAD:
            try:
                self._decoded = self._parse()
            except Reply as refusal:
                self._decoded = refusal

    def json(self) -> Any:
        """The body as JSON; a 400 in the live shape when it is not JSON or is nested absurdly deep,
        a 413 when it is over MAX_JSON_BYTES."""
        self.decode()
        if isinstance(self._decoded, Reply):
            raise self._decoded
        return self._decoded

    def _parse(self) -> Any:
        if not self.body:
            return None
        if len(self.body) > MAX_JSON_BYTES:
            raise Reply.error(413, f"request body over {MAX_JSON_BYTES} bytes")
        try:
            value = json.loads(self.body)
        except (ValueError, RecursionError):
            raise Reply.error(400, "request body is not valid JSON") from None
        if _depth(value) > MAX_JSON_DEPTH:
            raise Reply.error(400, "request body is nested too deeply")
        return value

    def logged(self) -> Request:
        """This request as the log keeps it: its body cut to LOG_BODY_BYTES, nothing decoded."""
        return replace(self, body=self.body[:LOG_BODY_BYTES], _decoded=_UNREAD)

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


class RequestLog(list[Request]):
    """The requests a fake answered, oldest first: the last `limit` only, each body cut to
    LOG_BODY_BYTES; `dropped` counts the older ones let go."""

    def __init__(self, limit: int | None = None) -> None:
        super().__init__()
        self.limit = LOG_LIMIT if limit is None else limit
        self.dropped = 0

    def append(self, request: Request) -> None:
        super().append(request.logged())
        excess = len(self) - self.limit
        if excess > 0:
            del self[:excess]
            self.dropped += excess

    def __repr__(self) -> str:
        return (
            f"RequestLog({len(self)} requests, the last {self.limit} kept with bodies cut to "
            f"{LOG_BODY_BYTES} bytes; {self.dropped} older ones dropped)"
        )


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
