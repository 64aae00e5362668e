"""Base classes of the resource groups (`client.databases`, `client.roles`, ...).

A resource method builds its request with the generated endpoint's `_get_kwargs`, so
paths, parameter names and bodies always come from the contract, and sends it through
the client's transport, which adds auth, timeouts, retries and typed errors.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from functools import partial, wraps
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from ._response import APIResponse
from ._transport import Timeout as Timeout
from ._transport import json_body
from .errors import ConfigurationError

if TYPE_CHECKING:
    from ._client import AstraDevOps, AsyncAstraDevOps

Headers = Mapping[str, str]
P = ParamSpec("P")
R = TypeVar("R")
_RECORDED: ContextVar[list[httpx.Response] | None] = ContextVar("astra_devops_recorded", default=None)


def _record(response: httpx.Response) -> httpx.Response:
    recorded = _RECORDED.get()
    if recorded is not None:
        recorded.append(response)
    return response


def _answered(name: str, recorded: list[httpx.Response], result: R) -> APIResponse[R]:
    if not recorded:
        raise ConfigurationError(f"{name} sent no request, so there is no response to show")
    return APIResponse(recorded[-1], lambda: result)


def _declared_raw(method: Callable[..., Any]) -> Callable[..., Any] | None:
    """The `raw` of the endpoint behind a bound one-line method; None for a hand-written method."""
    resource = getattr(method, "__self__", None)
    raw = getattr(inspect.getattr_static(type(resource), getattr(method, "__name__", ""), None), "raw", None)
    return None if raw is None else partial(raw, resource)


class SyncResource:
    """A group of operations of the synchronous client."""

    def __init__(self, client: AstraDevOps) -> None:
        self._client = client
        self._http = client._http

    def _send(
        self,
        request: Mapping[str, Any],
        *,
        idempotent: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Headers | None = None,
    ) -> httpx.Response:
        response = self._http.send(
            request, idempotent=idempotent, timeout=timeout, extra_headers=extra_headers
        )
        return _record(response)

    def _json(
        self, request: Mapping[str, Any], *, idempotent: bool | None = None, timeout: Timeout = None
    ) -> tuple[Any, httpx.Response]:
        response = self._send(request, idempotent=idempotent, timeout=timeout)
        return json_body(response), response


class AsyncResource:
    """A group of operations of the asynchronous client."""

    def __init__(self, client: AsyncAstraDevOps) -> None:
        self._client = client
        self._http = client._http

    async def _send(
        self,
        request: Mapping[str, Any],
        *,
        idempotent: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Headers | None = None,
    ) -> httpx.Response:
        response = await self._http.send(
            request, idempotent=idempotent, timeout=timeout, extra_headers=extra_headers
        )
        return _record(response)

    async def _json(
        self, request: Mapping[str, Any], *, idempotent: bool | None = None, timeout: Timeout = None
    ) -> tuple[Any, httpx.Response]:
        response = await self._send(request, idempotent=idempotent, timeout=timeout)
        return json_body(response), response


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


def async_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """`method`, answering an APIResponse (of a hand-written method, the last answer its call received)."""
    raw: Callable[P, Awaitable[APIResponse[R]]] | None = _declared_raw(method)

    @wraps(method, updated=())
    async def answer(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        if raw is not None:
            return await raw(*args, **kwargs)
        recorded: list[httpx.Response] = []
        token = _RECORDED.set(recorded)
        try:
            result = await method(*args, **kwargs)
        finally:
            _RECORDED.reset(token)
        return _answered(answer.__name__, recorded, result)

    return answer
