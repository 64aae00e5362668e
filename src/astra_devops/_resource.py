"""Base classes of the resource groups (`client.databases`, `client.roles`, ...).

A resource method builds its request with the generated endpoint's `_get_kwargs`, so
paths, parameter names and bodies always come from the contract, and sends it through
the client's transport, which adds auth, timeouts, retries and typed errors.

A hand-written method is decorated with `per_call`: its `extra_headers` go with every request
it makes (its lookups, every poll of its wait, the calls it makes to other methods) and with
every page of the listing it returns, never with a download from storage.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial, wraps
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

import httpx

from ._response import APIResponse
from ._transport import Timeout as Timeout
from ._transport import check_headers, json_body
from .errors import ConfigurationError

if TYPE_CHECKING:
    from ._client import AstraDevOps, AsyncAstraDevOps

P = ParamSpec("P")
R = TypeVar("R")
_EXTRA: ContextVar[dict[str, str] | None] = ContextVar("astra_devops_extra_headers", default=None)


def call_headers(extra_headers: object = None) -> dict[str, str]:
    """The extra headers of the call this code runs in, then `extra_headers` (checked; they win)."""
    return {**(_EXTRA.get() or {}), **check_headers(extra_headers)}


def _sent_headers(extra_headers: Headers | None) -> Headers | None:
    """What a request sends on top of the client's headers: the transport checks them, so they are
    merged here only inside a call that has headers of its own."""
    return call_headers(extra_headers) if _EXTRA.get() else extra_headers


@contextmanager
def _extra(extra_headers: object) -> Iterator[None]:
    token = _EXTRA.set(call_headers(extra_headers))
    try:
        yield
    finally:
        _EXTRA.reset(token)


def per_call(method: Callable[P, R]) -> Callable[P, R]:
    """The method's keyword `extra_headers` go with every request made until it returns (or, for
    a coroutine, until it is done); a method called inside it keeps them and may add its own."""
    if inspect.iscoroutinefunction(method):
        return cast(Callable[P, R], _per_async_call(method))

    @wraps(method)
    def scoped(*args: P.args, **kwargs: P.kwargs) -> R:
        with _extra(kwargs.get("extra_headers")):
            return method(*args, **kwargs)

    return scoped


def _per_async_call(method: Callable[P, Awaitable[R]]) -> Callable[P, Coroutine[Any, Any, R]]:
    @wraps(method)
    async def scoped(*args: P.args, **kwargs: P.kwargs) -> R:
        with _extra(kwargs.get("extra_headers")):
            return await method(*args, **kwargs)

    return scoped


Headers = Mapping[str, str]
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
            request, idempotent=idempotent, timeout=timeout, extra_headers=_sent_headers(extra_headers)
        )
        return _record(response)

    def _json(
        self,
        request: Mapping[str, Any],
        *,
        idempotent: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Headers | None = None,
    ) -> tuple[Any, httpx.Response]:
        response = self._send(request, idempotent=idempotent, timeout=timeout, extra_headers=extra_headers)
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
            request, idempotent=idempotent, timeout=timeout, extra_headers=_sent_headers(extra_headers)
        )
        return _record(response)

    async def _json(
        self,
        request: Mapping[str, Any],
        *,
        idempotent: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Headers | None = None,
    ) -> tuple[Any, httpx.Response]:
        response = await self._send(
            request, idempotent=idempotent, timeout=timeout, extra_headers=extra_headers
        )
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
