"""`async_endpoint`: a method of an asynchronous resource group calling one generated operation;
`_endpoints` holds what it shares with its sync twin (the builder, the parser, the signature)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import MethodType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, overload

from .._endpoints import _call, _Declared
from .._response import APIResponse

if TYPE_CHECKING:
    from ._resource import AsyncResource

P = ParamSpec("P")
R = TypeVar("R")


class async_endpoint(_Declared[P, R]):
    """A resource method calling one generated operation (asynchronous)."""

    @overload
    def __get__(self, instance: None, owner: type) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: AsyncResource, owner: type) -> Callable[P, Awaitable[R]]: ...
    def __get__(self, instance: AsyncResource | None, owner: type) -> Callable[..., Any]:
        if instance is None:
            return self._method
        return MethodType(self._method, instance)

    async def raw(self, resource: AsyncResource, *args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
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
        async def method(resource: AsyncResource, /, *args: Any, **kwargs: Any) -> Any:
            answer = await self.raw(resource, *args, **kwargs)
            return answer.parse()

        return method
