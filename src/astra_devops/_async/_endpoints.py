"""`async_endpoint`: a method of an asynchronous resource group calling one generated operation;
`async_action`: one that waits for a goal after its call. `_endpoints` holds what they share with
their sync twins (the builder, the parser, the signature)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import MethodType
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar, overload

from .._endpoints import Step, _Action, _call, _Declared
from .._response import APIResponse

if TYPE_CHECKING:
    from ._resource import AsyncResource

P = ParamSpec("P")
R = TypeVar("R")
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


class AsyncActing(Protocol):
    """A resource group with waiting actions: `_action` sends a step's call and waits for its goal."""

    async def _action(self, step: Step) -> Any: ...


class async_action(_Action[C]):
    """A resource method that waits for a goal after its call, declared in one line (asynchronous)."""

    @overload
    def __get__(self, instance: None, owner: type) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: AsyncActing, owner: type) -> C: ...
    def __get__(self, instance: AsyncActing | None, owner: type) -> Callable[..., Any] | C:
        return self._method if instance is None else MethodType(self._method, instance)

    def _function(self) -> Callable[..., Any]:
        async def method(resource: AsyncActing, /, *args: Any, **kwargs: Any) -> Any:
            return await resource._action(self._step(resource, args, kwargs))

        return method
