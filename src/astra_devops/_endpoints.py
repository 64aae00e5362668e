"""Resource methods declared in one line: a typed request builder plus how to read its answer.

`endpoint(ops.get_cdc, one(ListCDCResponse))` is a method with the generated operation's
parameters (and `timeout`, `extra_headers`) that returns a `ListCDCResponse`, for type
checkers (the builder's ParamSpec, the parser's type) and for `help()` alike. It sends
through the client's transport (auth, retries, typed errors) and imports the generated
module of its operation only when first called. Read on the class, it is that method's function
(what `help()` and the reference's griffe extension document); `inspect.getattr_static` still
finds the descriptor. `async_endpoint` (`_async/_endpoints.py`) and `endpoint`, its generated
twin, share everything here but the sending.
"""

from __future__ import annotations

import inspect
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from types import MethodType
from typing import Any, Generic, Literal, ParamSpec, Required, TypedDict, TypeVar, overload

import httpx

from . import _validate, _wait
from ._parsing import Model, parse_model, parse_models
from ._resource import Headers, Timeout, per_call
from ._transport import json_body
from .errors import APIResponseValidationError, ConfigurationError

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M", bound=Model)


@dataclass(frozen=True, slots=True)
class Call:
    """One call of an operation: its arguments and per-call options, before the request is built."""

    operation: str
    arguments: dict[str, Any]
    timeout: Timeout
    extra_headers: Headers | None

    def request(self) -> dict[str, Any]:
        """The generated request, or ConfigurationError naming the operation for wrong arguments."""
        module = import_module(f"astra_devops_api.api.{self.operation}")
        try:
            request: dict[str, Any] = module._get_kwargs(**self.arguments)
        except (TypeError, ValueError, AttributeError) as exc:
            raise ConfigurationError(self._wrong(module._get_kwargs, exc)) from None
        return request

    def _wrong(self, build: Callable[..., Any], exc: Exception) -> str:
        """The message for arguments the generated builder refused, naming the argument if one
        of them is a model that cannot be sent (say, an enum field given an unknown string)."""
        parameters = inspect.signature(build).parameters
        for name, value in self.arguments.items():
            if name in parameters and not _sendable(value):
                return (
                    f"{self.operation}: {name} cannot be sent ({exc}); it takes "
                    f"{parameters[name].annotation}, each field of its declared type"
                )
        return f"{self.operation}: {exc} (see help() for its parameters)"


def _sendable(value: object) -> bool:
    """Whether a model (or each model of a list) turns into its JSON form."""
    for item in value if isinstance(value, list) else [value]:
        to_dict = getattr(item, "to_dict", None)
        try:
            if callable(to_dict):
                to_dict()
        except (TypeError, ValueError, AttributeError):
            return False
    return True


class Parser(Generic[R]):
    """How to read a successful answer, and the type it reads (shown by `help()`)."""

    def __init__(self, read: Callable[[httpx.Response], R], returns: object) -> None:
        self.read = read
        self.returns = returns


def one(model: type[M]) -> Parser[M]:
    """Read the answer as one `model`."""
    return Parser(lambda response: parse_model(model, json_body(response), response), model)


def many(model: type[M]) -> Parser[list[M]]:
    """Read the answer as a list of `model`."""
    return Parser(lambda response: parse_models(model, json_body(response), response), list[model])  # type: ignore[valid-type]


def _strings(response: httpx.Response) -> list[str]:
    data = json_body(response)
    if not isinstance(data, list) or not all(isinstance(item, str) for item in data):
        raise APIResponseValidationError(response, "expected a JSON array of strings")
    return data


STRINGS: Parser[list[str]] = Parser(_strings, list[str])
NO_BODY: Parser[None] = Parser(lambda response: None, None)
"""For answers the contract gives no body (the method returns None; `with_raw_response` shows it)."""


def _call(build: Callable[P, Call], *args: P.args, **kwargs: P.kwargs) -> Call:
    try:
        return build(*args, **kwargs)
    except TypeError as exc:
        raise ConfigurationError(f"{build.__name__}: {exc} (see help() for its parameters)") from None


def named(method: Callable[..., Any], owner: type, name: str) -> None:
    """A declared method's function, named as the method `name` of `owner`."""
    method.__name__ = name
    method.__qualname__ = f"{owner.__qualname__}.{name}"
    method.__module__ = owner.__module__


class _Declared(Generic[P, R]):
    """What both method kinds share: the builder, the parser, and the signature `help()` shows."""

    def __init__(self, build: Callable[P, Call], parse: Parser[R], *, idempotent: bool | None = None) -> None:
        self._build = build
        self._parse: Parser[R] = parse
        self._idempotent = idempotent
        self._method = self._function()
        self._method.__doc__ = build.__doc__
        self._method.__annotations__ = {"return": parse.returns}
        signature = inspect.signature(build)
        resource = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
        self._method.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[resource, *signature.parameters.values()], return_annotation=parse.returns
        )

    def __set_name__(self, owner: type, name: str) -> None:
        named(self._method, owner, name)

    def _function(self) -> Callable[..., Any]:
        raise NotImplementedError


C = TypeVar("C")
_HEADERS_DOC = "    extra_headers: Headers sent with every request this call makes (never Authorization).\n"
_OPTIONS_DOC = f"""    timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
    poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
        sleeps.
{_HEADERS_DOC}"""


class Polling(TypedDict, total=False):
    """The keyword options of a wait, for the Protocols that spell out declared methods."""

    timeout: float
    poll_interval: float | None
    extra_headers: Headers | None


class Waited(Polling, total=False):
    wait: Literal[True]


class Unwaited(Polling, total=False):
    wait: Required[Literal[False]]


class Waiting(Polling, total=False):
    wait: bool


@dataclass(frozen=True, slots=True)
class Waits(Generic[C]):
    """What the waiting actions of one shape share: the ids they take (each with its description),
    the thing they wait on, what they answer, and `C`, the bound method's type (a Protocol spelling
    out the signature) for type checkers. With `none_unwaited`, a call with `wait=False` answers None
    (the method then has the three `wait` overloads). `arguments`: positional ones after the ids,
    each with its annotation and description, which the builder checks; `defaults`, those they have."""

    noun: str
    ids: Mapping[str, str]
    returns: str
    none_unwaited: bool = False
    note: str = ""
    arguments: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    defaults: Mapping[str, object] = field(default_factory=dict)

    def doc(self, summary: str, goal: str) -> str:
        wait = f"Wait until the {self.noun} is {goal}; False returns as soon as the API accepted the request."
        return self._doc(f"{summary}; with `wait`, return it once {goal}{self.note}.", {"wait": wait})

    def poll_doc(self, summary: str) -> str:
        """The docstring of a wait for the status its `status` argument names."""
        resume = "(resume a wait from its id in another process)"
        return self._doc(f"{summary} until it reaches `status` {resume}.")

    def _doc(self, head: str, more: Mapping[str, str] | None = None) -> str:
        described = {**self.ids, **{name: text for name, (_, text) in self.arguments.items()}, **(more or {})}
        lines = [_arg(name, text) for name, text in described.items()]
        return f"{head}\n\nArgs:\n{''.join(lines)}{_OPTIONS_DOC}"

    def signature(self, timeout: float, wait: str | None = "bool") -> inspect.Signature:
        """The method's signature; `wait` the annotation of `wait` (an overload's `Literal[...]`), None
        for a method without it."""
        keyword, positional = inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD
        waited = {"Literal[True]": self.returns, "Literal[False]": "None"}
        returns = waited.get(wait or "", f"{self.returns} | None" if self.none_unwaited else self.returns)
        empty = inspect.Parameter.empty
        default = empty if wait == "Literal[False]" else True
        return inspect.Signature(
            [
                inspect.Parameter("self", positional),
                *(inspect.Parameter(name, positional, annotation="str") for name in self.ids),
                *(
                    inspect.Parameter(
                        name, positional, default=self.defaults.get(name, empty), annotation=kind
                    )
                    for name, (kind, _) in self.arguments.items()
                ),
                *([inspect.Parameter("wait", keyword, default=default, annotation=wait)] if wait else []),
                inspect.Parameter("timeout", keyword, default=timeout, annotation="float"),
                inspect.Parameter("poll_interval", keyword, default=None, annotation="float | None"),
                inspect.Parameter("extra_headers", keyword, default=None, annotation="Headers | None"),
            ],
            return_annotation=returns,
        )


def _arg(name: str, text: str) -> str:
    """An `Args:` entry wrapped as in the source of a method (110 columns, at a method's indent)."""
    lines = textwrap.wrap(f"{name}: {text}", 110, initial_indent=" " * 12, subsequent_indent=" " * 16)
    return "".join(f"{line[8:]}\n" for line in lines)


G = TypeVar("G")


class _Method(Generic[G, C]):
    """What a method declared in one line is: on the class, its function (named after the attribute
    holding it); on an instance of `G`, its resource group, that function bound, typed `C` (a Protocol
    spelling out the signature) for type checkers."""

    _method: Callable[..., Any]

    def _declare(self, signature: inspect.Signature, doc: str) -> None:
        """The function, with `signature` (which a call that does not fit it is told of) and `doc`."""
        function = self._function()
        function.__signature__ = signature  # type: ignore[attr-defined]
        self._method = per_call(function)
        self._method.__doc__ = doc

    def __set_name__(self, owner: type, name: str) -> None:
        named(self._method, owner, name)

    @overload
    def __get__(self, instance: None, owner: type) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: G, owner: type) -> C: ...
    def __get__(self, instance: G | None, owner: type) -> Callable[..., Any] | C:
        return self._method if instance is None else MethodType(self._method, instance)

    def _function(self) -> Callable[..., Any]:
        raise NotImplementedError


_IDS = {"database_id": "The database's id.", "role_id": "The role's id.", "user_id": "The user's id."}


@dataclass(frozen=True, slots=True)
class Read(Generic[R]):
    """A read of one generated operation: the builder (whose ids the method takes, not its
    `timeout`), how to parse the answer, the docstring's summary and the type returned, as text."""

    build: Callable[..., Call]
    parse: Callable[[Any, httpx.Response], R]
    summary: str
    returns: str


class _Reading(_Method[G, C]):
    """A read declared in one line, its signature and docstring built from its `Read`. Both sides
    share all of it but the sending."""

    def __init__(self, read: Read[Any]) -> None:
        self._read = read
        parameters = [p for p in inspect.signature(read.build).parameters.values() if p.name != "timeout"]
        self._ids = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        resource = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
        self._signature = inspect.Signature([resource, *parameters], return_annotation=read.returns)
        ids = "".join(_arg(name, _IDS[name]) for name in self._ids)
        self._declare(self._signature, f"{read.summary}\n\nArgs:\n{ids}{_HEADERS_DOC}")

    def _call(self, resource: object, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Call:
        given = self._signature.bind(resource, *args, **kwargs).arguments
        return self._read.build(*(_validate.identifier(given[name], name) for name in self._ids))


@dataclass(frozen=True, slots=True)
class Step:
    """One call of a waiting action, its ids checked: the resource group's `_action` runs it."""

    action: str
    call: Call
    ids: tuple[str, ...]
    goal: str
    wait: bool
    timeout: float
    poll_interval: float | None


class _Action(_Method[G, C]):
    """A waiting action declared in one line: the builder, the goal, the default timeout; what the
    wait reads is the resource group's `_action`. Both sides share all of it but the call."""

    def __init__(
        self, waits: Waits[C], build: Callable[..., Call], summary: str, goal: str, timeout: float
    ) -> None:
        self._waits, self._build, self._goal, self._timeout = waits, build, goal, timeout
        self._signature = waits.signature(timeout)
        self._name = ""
        self._method = per_call(self._function())
        self._method.__doc__ = waits.doc(summary, goal)
        self._method.__signature__ = self._signature  # type: ignore[attr-defined]

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        super().__set_name__(owner, name)
        if self._waits.none_unwaited:
            for line, wait in enumerate(("Literal[True]", "Literal[False]", "bool"), start=1):
                overload(_stub(self._method, self._waits.signature(self._timeout, wait), line))

    def _step(self, resource: object, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Step:
        bound = self._signature.bind(resource, *args, **kwargs)
        bound.apply_defaults()
        given = bound.arguments
        ids = tuple(_validate.identifier(given[name], name) for name in self._waits.ids)
        call = self._build(*ids, *(given[name] for name in self._waits.arguments))
        options = (given["wait"], given["timeout"], given["poll_interval"])
        return Step(self._name, call, ids, self._goal, *options)


class _Poll(_Method[G, C]):
    """A wait for the status a method's `status` argument names, declared in one line; the resource
    group's `_settle` polls (the ids, the status, the deadline, the interval). Both sides share all
    of it but the wait."""

    def __init__(self, waits: Waits[C], summary: str, timeout: float) -> None:
        self._waits = waits
        self._signature = waits.signature(timeout, None)
        self._declare(self._signature, waits.poll_doc(summary))

    def _goal(
        self, resource: object, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[tuple[str, ...], float, float | None]:
        """The ids, the status to reach, the timeout and the interval of a call, checked."""
        bound = self._signature.bind(resource, *args, **kwargs)
        bound.apply_defaults()
        given = bound.arguments
        target = _wait.target_status(given["status"])
        ids = tuple(_validate.identifier(given[name], name) for name in self._waits.ids)
        return (*ids, target), given["timeout"], given["poll_interval"]


def _stub(method: Callable[..., Any], signature: inspect.Signature, line: int) -> Callable[..., Any]:
    """An overload of `method` for `typing.get_overloads`, which tells a name's overloads by their line."""

    def stub(*args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError

    stub.__code__ = stub.__code__.replace(co_firstlineno=line)
    stub.__module__, stub.__qualname__, stub.__name__ = (
        method.__module__,
        method.__qualname__,
        method.__name__,
    )
    stub.__signature__ = signature  # type: ignore[attr-defined]
    return stub
