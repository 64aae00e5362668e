"""What the resource groups (`client.databases`, `client.roles`, ...) share; their base classes,
`AsyncResource` and `SyncResource`, are in `_async/_resource.py` and its generated twin.

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
from typing import Any, ParamSpec, TypeVar, cast

import httpx

from ._response import APIResponse
from ._transport import Timeout as Timeout
from ._transport import check_headers
from .errors import ConfigurationError

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
def _scoped(method: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Iterator[None]:
    """The call's `extra_headers` in force until it is done; arguments that do not fit `method` raise
    a TypeError naming the methods of its group they fit."""
    token = _EXTRA.set(call_headers(kwargs.get("extra_headers")))
    try:
        yield
    except TypeError as exc:
        misfit = _misfit(method, args, kwargs, exc)
        if misfit is None:
            raise
        raise misfit from None
    finally:
        _EXTRA.reset(token)


def per_call(method: Callable[P, R]) -> Callable[P, R]:
    """The method's keyword `extra_headers` go with every request made until it returns (or, for
    a coroutine, until it is done); a method called inside it keeps them and may add its own."""
    if inspect.iscoroutinefunction(method):
        return cast(Callable[P, R], _per_async_call(method))

    @wraps(method)
    def scoped(*args: P.args, **kwargs: P.kwargs) -> R:
        with _scoped(method, args, kwargs):
            return method(*args, **kwargs)

    return scoped


def _per_async_call(method: Callable[P, Awaitable[R]]) -> Callable[P, Coroutine[Any, Any, R]]:
    @wraps(method)
    async def scoped(*args: P.args, **kwargs: P.kwargs) -> R:
        with _scoped(method, args, kwargs):
            return await method(*args, **kwargs)

    return scoped


def _misfit(
    method: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any], exc: TypeError
) -> TypeError | None:
    """For a call whose arguments do not fit `method`, a TypeError naming the methods of its group
    they fit (`access_lists.list(database_id)`: `get(database_id)`); None for any other TypeError.
    Looked for only once a call has failed, so a call that fits costs nothing more."""
    if len(args) < 2 or _fits(method, args, kwargs):
        return None
    fitting = [
        _shown(name, other)
        for name, other in inspect.getmembers(type(args[0]), inspect.isfunction)
        if not name.startswith("_") and name != method.__name__ and _fits(other, args, kwargs)
    ]
    hint = f"; did you mean {' or '.join(fitting)}?" if fitting else ""
    return TypeError(f"{exc}{hint}")


def _fits(function: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> bool:
    try:
        inspect.signature(function).bind(*args, **kwargs)
    except TypeError:
        return False
    return True


def _shown(name: str, function: Callable[..., Any]) -> str:
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    parameters = inspect.signature(function).parameters.values()
    return f"{name}({', '.join(p.name for p in parameters if p.kind in kinds and p.name != 'self')})"


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
