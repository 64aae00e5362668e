# Generated from _async/_endpoints.py by tools/unasync.py (make unasync): do not edit.
"""`endpoint`: a method of an synchronous resource group calling one generated operation;
`_endpoints` holds what it shares with its sync twin (the builder, the parser, the signature)."""

from __future__ import annotations

from collections.abc import Callable
from types import MethodType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, overload

from .._endpoints import _call, _Declared
from .._response import APIResponse

if TYPE_CHECKING:
    from ._resource import SyncResource

P = ParamSpec("P")
R = TypeVar("R")


class endpoint(_Declared[P, R]):
    """A resource method calling one generated operation."""

    @overload
    def __get__(self, instance: None, owner: type) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: SyncResource, owner: type) -> Callable[P, R]: ...
    def __get__(self, instance: SyncResource | None, owner: type) -> Callable[..., Any]:
        if instance is None:
            return self._method
        return MethodType(self._method, instance)

    def raw(self, resource: SyncResource, *args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        """The call's answer as received, `parse()` giving what the method returns."""
        call = _call(self._build, *args, **kwargs)
        response = resource._send(
            call.request(),
            idempotent=self._idempotent,
            timeout=call.timeout,
            extra_headers=call.extra_headers,
        )
        return APIResponse(response, lambda: self._parse.read(response))

    def _function(self) -> Callable[..., Any]:
        def method(resource: SyncResource, /, *args: Any, **kwargs: Any) -> Any:
            answer = self.raw(resource, *args, **kwargs)
            return answer.parse()

        return method
