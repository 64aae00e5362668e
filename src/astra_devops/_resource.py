"""Base classes of the resource groups (`client.databases`, `client.roles`, ...).

A resource method builds its request with the generated endpoint's `_get_kwargs`, so
paths, parameter names and bodies always come from the contract, and sends it through
the client's transport, which adds auth, timeouts, retries and typed errors.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx

from ._response import APIResponse
from ._transport import Timeout as Timeout
from ._transport import json_body
from .errors import ConfigurationError

if TYPE_CHECKING:
    from ._client import AstraDevOps, AsyncAstraDevOps

Headers = Mapping[str, str]
_RECORDED: ContextVar[list[httpx.Response] | None] = ContextVar("astra_devops_recorded", default=None)


def _record(response: httpx.Response) -> httpx.Response:
    recorded = _RECORDED.get()
    if recorded is not None:
        recorded.append(response)
    return response


def _answered(name: str, recorded: list[httpx.Response], result: object) -> APIResponse[Any]:
    if not recorded:
        raise ConfigurationError(f"{name} sent no request, so there is no response to show")
    return APIResponse(recorded[-1], lambda: result)


def _raw_method(resource: object, name: str) -> Any:
    """The resource's method `name`, or the `raw` of the endpoint declared as `name`."""
    declared = inspect.getattr_static(type(resource), name, None)
    raw = getattr(declared, "raw", None)
    if name.startswith("_") or not (callable(declared) or raw):
        raise AttributeError(f"{type(resource).__name__} has no method {name!r}")
    if raw is not None:
        return partial(raw, resource)
    method = getattr(resource, name)
    if "Iterator" in str(inspect.signature(method).return_annotation):
        raise ConfigurationError(f"{name} reads pages as you iterate; with_raw_response does not apply")
    return method


class SyncResource:
    """A group of operations of the synchronous client."""

    def __init__(self, client: AstraDevOps) -> None:
        self._client = client
        self._http = client._http

    @property
    def with_raw_response(self) -> SyncRawResponses:
        """The same methods, answering an APIResponse: `.with_raw_response.get(id).headers`."""
        return SyncRawResponses(self)

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

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """The same methods, answering an APIResponse: `.with_raw_response.get(id).headers`."""
        return AsyncRawResponses(self)

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


class SyncRawResponses:
    """`resource.with_raw_response.<method>(...)`: the same call, answering an APIResponse."""

    def __init__(self, resource: SyncResource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., APIResponse[Any]]:
        method = _raw_method(self._resource, name)
        return method if isinstance(method, partial) else partial(self._recorded, name, method)

    def _recorded(self, name: str, method: Callable[..., Any], *args: Any, **kwargs: Any) -> APIResponse[Any]:
        recorded: list[httpx.Response] = []
        token = _RECORDED.set(recorded)
        try:
            result = method(*args, **kwargs)
        finally:
            _RECORDED.reset(token)
        return _answered(name, recorded, result)


class AsyncRawResponses:
    """`resource.with_raw_response.<method>(...)`: the same call, answering an APIResponse."""

    def __init__(self, resource: AsyncResource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[Any]]]:
        method = _raw_method(self._resource, name)
        return method if isinstance(method, partial) else partial(self._recorded, name, method)

    async def _recorded(
        self, name: str, method: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> APIResponse[Any]:
        recorded: list[httpx.Response] = []
        token = _RECORDED.set(recorded)
        try:
            result = await method(*args, **kwargs)
        finally:
            _RECORDED.reset(token)
        return _answered(name, recorded, result)
