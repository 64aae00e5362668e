# Generated from _async/_endpoints.py by tools/unasync.py (make unasync): do not edit.
"""`endpoint`: a method of an synchronous resource group calling one generated operation;
`action`: one that waits for a goal after its call. `_endpoints` holds what they share with
their sync twins (the builder, the parser, the signature)."""

from __future__ import annotations

from collections.abc import Callable
from types import MethodType
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar, overload

from .._endpoints import Step, _Action, _call, _Declared
from .._response import APIResponse

if TYPE_CHECKING:
    from ._resource import SyncResource

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C")


class endpoint(_Declared[P, R]):
    """A resource method calling one generated operation."""

    @overload
    def __get__(self, instance: None, owner: type) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: SyncResource[Any], owner: type) -> Callable[P, R]: ...
    def __get__(self, instance: SyncResource[Any] | None, owner: type) -> Callable[..., Any]:
        if instance is None:
            return self._method
        return MethodType(self._method, instance)

    def raw(self, resource: SyncResource[Any], *args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
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
        def method(resource: SyncResource[Any], /, *args: Any, **kwargs: Any) -> Any:
            answer = self.raw(resource, *args, **kwargs)
            return answer.parse()

        return method


class Acting(Protocol):
    """A resource group with waiting actions: `_action` sends a step's call and waits for its goal."""

    def _action(self, step: Step) -> Any: ...


class action(_Action[C]):
    """A resource method that waits for a goal after its call, declared in one line."""

    @overload
    def __get__(self, instance: None, owner: type) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: Acting, owner: type) -> C: ...
    def __get__(self, instance: Acting | None, owner: type) -> Callable[..., Any] | C:
        return self._method if instance is None else MethodType(self._method, instance)

    def _function(self) -> Callable[..., Any]:
        def method(resource: Acting, /, *args: Any, **kwargs: Any) -> Any:
            return resource._action(self._step(resource, args, kwargs))

        return method
