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
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from ._parsing import Model, parse_model, parse_models
from ._resource import Headers, Timeout
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
