"""`async_endpoint`: a method of an asynchronous resource group calling one generated operation;
`async_read`: one reading an answer with the group's own parser; `async_action`: one that waits for
a goal after its call; `async_poll`: one that waits for the status it is given. `_endpoints` holds
what they share with their sync twins (the builder, the parser, the signature)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import MethodType
from typing import Any, ParamSpec, Protocol, TypeVar, overload

from .. import _wait
from .._endpoints import Step, _Action, _call, _Declared, _Poll, _Reading
from .._resource import Headers
from .._response import APIResponse
from ._resource import AsyncResource

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
C = TypeVar("C")


class async_endpoint(_Declared[P, R]):
    """A resource method calling one generated operation (asynchronous)."""

    @overload
    def __get__(self, instance: None, owner: type) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: AsyncResource[Any], owner: type) -> Callable[P, Awaitable[R]]: ...
    def __get__(self, instance: AsyncResource[Any] | None, owner: type) -> Callable[..., Any]:
        if instance is None:
            return self._method
        return MethodType(self._method, instance)

    async def raw(self, resource: AsyncResource[Any], *args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        """The call's answer as received, `parse()` giving what the method returns."""
        call = _call(self._build, *args, **kwargs)
        response = await resource._send(
            call.request(),
            idempotent=self._idempotent,
            timeout=call.timeout,
            extra_headers=call.extra_headers,
        )
        return APIResponse(response, lambda: self._parse.read(response))

    def _function(self) -> Callable[..., Any]:
        async def method(resource: AsyncResource[Any], /, *args: Any, **kwargs: Any) -> Any:
            answer = await self.raw(resource, *args, **kwargs)
            return answer.parse()

        return method


class AsyncReadAll(Protocol[R_co]):
    def __call__(self, *, extra_headers: Headers | None = None) -> Awaitable[R_co]: ...


class AsyncReadDatabase(Protocol[R_co]):
    def __call__(self, database_id: str, *, extra_headers: Headers | None = None) -> Awaitable[R_co]: ...


class AsyncReadRole(Protocol[R_co]):
    def __call__(self, role_id: str, *, extra_headers: Headers | None = None) -> Awaitable[R_co]: ...


class AsyncReadUser(Protocol[R_co]):
    def __call__(self, user_id: str, *, extra_headers: Headers | None = None) -> Awaitable[R_co]: ...


class async_read(_Reading[AsyncResource[Any], C]):
    """A resource method reading one generated operation's answer with its own parser (asynchronous)."""

    def _function(self) -> Callable[..., Any]:
        async def method(resource: AsyncResource[Any], /, *args: Any, **kwargs: Any) -> Any:
            call = self._call(resource, args, kwargs)
            return self._read.parse(*await resource._json(call.request()))

        return method


class AsyncActing(Protocol):
    """A resource group with waiting actions: `_action` sends a step's call and waits for its goal."""

    async def _action(self, step: Step) -> Any: ...


class async_action(_Action[AsyncActing, C]):
    """A resource method that waits for a goal after its call, declared in one line (asynchronous)."""

    def _function(self) -> Callable[..., Any]:
        async def method(resource: AsyncActing, /, *args: Any, **kwargs: Any) -> Any:
            return await resource._action(self._step(resource, args, kwargs))

        return method


class AsyncSettling(Protocol):
    """A resource group whose `_settle` polls a thing (its ids, then the status, the deadline and the
    interval) until that status."""

    @property
    def _settle(self) -> Callable[..., Awaitable[Any]]: ...


class async_poll(_Poll[AsyncSettling, C]):
    """A resource method that waits for the status it is given, declared in one line (asynchronous)."""

    def _function(self) -> Callable[..., Any]:
        async def method(resource: AsyncSettling, /, *args: Any, **kwargs: Any) -> Any:
            goal, timeout, poll_interval = self._goal(resource, args, kwargs)
            with _wait.waiting(timeout, poll_interval) as deadline:
                return await resource._settle(*goal, deadline, poll_interval)

        return method
