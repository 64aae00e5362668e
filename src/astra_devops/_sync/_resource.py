# Generated from _async/_resource.py by tools/unasync.py (make unasync): do not edit.
"""`SyncResource`, the base of every synchronous resource group, and `raw_response`, which
makes a method answer an APIResponse; `_resource` holds what they share."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property, wraps
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, get_args

import httpx

from .._deadline import Deadline
from .._resource import _RECORDED, Headers, _answered, _declared_raw, _record, _sent_headers
from .._response import APIResponse
from .._transport import Timeout, json_body
from .._wait import Goal
from . import _poll

if TYPE_CHECKING:
    from ._client import AstraDevOps

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
V = TypeVar("V")


class SyncResource(Generic[V]):
    """A group of operations of the synchronous client; `V` is its `with_raw_response` view."""

    _view: Callable[[Any], V]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """A resource group shows the module people import it from: `astra_devops.resources.<group>`,
        and knows its view from its base, `SyncResource[view]`."""
        super().__init_subclass__(**kwargs)
        cls._view = get_args(cls.__orig_bases__[0])[0]  # type: ignore[attr-defined]
        package, _, group = cls.__module__.rpartition(".")
        if package == __package__:
            cls.__module__ = f"astra_devops.resources.{group}"

    def __init__(self, client: AstraDevOps) -> None:
        self._client = client
        self._http = client._http

    @cached_property
    def with_raw_response(self) -> V:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return self._view(self)

    if not TYPE_CHECKING:  # type checkers keep reporting unknown names; at run time they get a hint

        def __getattr__(self, name: str) -> Any:
            raise AttributeError(_unknown(type(self), name), name=name, obj=self)

    def _send(
        self,
        request: Mapping[str, Any],
        *,
        idempotent: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Headers | None = None,
    ) -> httpx.Response:
        response = self._http.send(
            request, idempotent=idempotent, timeout=timeout, extra_headers=_sent_headers(extra_headers)
        )
        return _record(response)

    def _json(self, request: Mapping[str, Any], **options: Any) -> tuple[Any, httpx.Response]:
        """`_send` (with its options), and the answer's JSON body."""
        response = self._send(request, **options)
        return json_body(response), response

    def _reach(
        self,
        goal: Goal,
        name: str,
        read: Callable[[], T],
        status: Callable[[T], str | None],
        deadline: Deadline,
        poll_interval: float | None,
    ) -> T | None:
        """Poll `read` until `status` of what it returns reaches `goal` (`name`: the thing polled, for
        the logs and errors), sleeping with the client's sleep: the last thing read (None if gone)."""
        return _poll.follow(
            read, status, goal, name, deadline=deadline, poll_interval=poll_interval, sleep=self._http._sleep
        )


def _unknown(cls: type, name: str) -> str:
    """`'Organizations' object has no attribute 'get'`, then the names it has (the closest first)."""
    from difflib import get_close_matches  # only for the error: importing it costs every start

    known = sorted(member for member in dir(cls) if not member.startswith("_"))
    message = f"{cls.__name__!r} object has no attribute {name!r}"
    if name.startswith("_"):
        return message
    close = get_close_matches(name, known, n=3, cutoff=0.6)
    hint = f"did you mean {' or '.join(map(repr, close))}? " if close else ""
    return f"{message}; {hint}{cls.__name__} has: {', '.join(known)}"


def raw_response(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """`method`, answering an APIResponse (of a hand-written method, the last answer its call received)."""
    raw: Callable[P, APIResponse[R]] | None = _declared_raw(method)

    @wraps(method, updated=())
    def answer(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        if raw is not None:
            return raw(*args, **kwargs)
        recorded: list[httpx.Response] = []
        token = _RECORDED.set(recorded)
        try:
            result = method(*args, **kwargs)
        finally:
            _RECORDED.reset(token)
        return _answered(answer.__name__, recorded, result)

    return answer
