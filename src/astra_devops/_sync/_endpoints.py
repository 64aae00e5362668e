# Generated from _async/_endpoints.py by tools/unasync.py (make unasync): do not edit.
"""`endpoint`: a method of an synchronous resource group calling one generated operation;
`read`: one reading an answer with the group's own parser; `action`: one that waits for
a goal after its call; `poll`: one that waits for the status it is given. `_endpoints` holds
what they share with their sync twins (the builder, the parser, the signature)."""

from __future__ import annotations

from collections.abc import Callable
from types import MethodType
from typing import Any, ParamSpec, Protocol, TypeVar, overload

from .. import _wait
from .._endpoints import Step, _Action, _call, _Declared, _Poll, _Reading
from .._resource import Headers
from .._response import APIResponse
from ._resource import SyncResource

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
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


class ReadAll(Protocol[R_co]):
    def __call__(self, *, extra_headers: Headers | None = None) -> R_co: ...


class ReadDatabase(Protocol[R_co]):
    def __call__(self, database_id: str, *, extra_headers: Headers | None = None) -> R_co: ...


class ReadRole(Protocol[R_co]):
    def __call__(self, role_id: str, *, extra_headers: Headers | None = None) -> R_co: ...


class ReadUser(Protocol[R_co]):
    def __call__(self, user_id: str, *, extra_headers: Headers | None = None) -> R_co: ...


class read(_Reading[SyncResource[Any], C]):
    """A resource method reading one generated operation's answer with its own parser."""

    def _function(self) -> Callable[..., Any]:
        def method(resource: SyncResource[Any], /, *args: Any, **kwargs: Any) -> Any:
            call = self._call(resource, args, kwargs)
            return self._read.parse(*resource._json(call.request()))

        return method


class Acting(Protocol):
    """A resource group with waiting actions: `_action` sends a step's call and waits for its goal."""

    def _action(self, step: Step) -> Any: ...


class action(_Action[Acting, C]):
    """A resource method that waits for a goal after its call, declared in one line."""

    def _function(self) -> Callable[..., Any]:
        def method(resource: Acting, /, *args: Any, **kwargs: Any) -> Any:
            return resource._action(self._step(resource, args, kwargs))

        return method


class Settling(Protocol):
    """A resource group whose `_settle` polls a thing (its ids, then the status, the deadline and the
    interval) until that status."""

    @property
    def _settle(self) -> Callable[..., Any]: ...


class poll(_Poll[Settling, C]):
    """A resource method that waits for the status it is given, declared in one line."""

    def _function(self) -> Callable[..., Any]:
        def method(resource: Settling, /, *args: Any, **kwargs: Any) -> Any:
            goal, timeout, poll_interval = self._goal(resource, args, kwargs)
            with _wait.waiting(timeout, poll_interval) as deadline:
                return resource._settle(*goal, deadline, poll_interval)

        return method
