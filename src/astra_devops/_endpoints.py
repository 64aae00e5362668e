"""Resource methods declared in one line: a generated endpoint plus how to read its answer.

For the many operations that need no waiting or input rules beyond the contract's, a
method takes the generated `_get_kwargs` arguments, sends through the client's transport
(auth, retries, typed errors) and parses the answer into the generated models.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx

from ._parsing import parse_model, parse_models
from ._resource import AsyncResource, SyncResource, Timeout
from .errors import ConfigurationError

Parser = Callable[[Any, httpx.Response], Any]


def one(model: Any) -> Parser:
    """Read the answer as one `model`."""
    return lambda data, response: parse_model(model, data, response)


def many(model: Any) -> Parser:
    """Read the answer as a list of `model`."""
    return lambda data, response: parse_models(model, data, response)


def _raw(data: Any, response: httpx.Response) -> Any:
    return data


def _describe(method: Callable[..., Any], module: ModuleType, name: str) -> None:
    """Carry the generated function's signature and summary, so help() shows real parameters."""
    generated = module.sync_detailed
    signature = inspect.signature(generated)
    parameters = [p for p in signature.parameters.values() if p.name != "client"]
    timeout = inspect.Parameter("timeout", inspect.Parameter.KEYWORD_ONLY, default=None)
    method.__signature__ = signature.replace(parameters=[*parameters, timeout])  # type: ignore[attr-defined]
    summary = (generated.__doc__ or "").strip().splitlines()
    method.__doc__ = f"{summary[0] if summary else name} (`{module.__name__}`)."


def _request(module: ModuleType, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    """The generated request, or ConfigurationError naming the operation for wrong arguments."""
    try:
        request: dict[str, Any] = module._get_kwargs(*args, **kwargs)
    except (TypeError, ValueError, AttributeError) as exc:
        name = module.__name__.rsplit(".", 1)[-1]
        raise ConfigurationError(f"{name}: {exc} (see help() for its parameters)") from None
    return request


def endpoint(module: ModuleType, parse: Parser | None = None, *, idempotent: bool | None = None) -> Any:
    """A synchronous resource method calling `module`'s operation."""

    def method(self: SyncResource, *args: Any, timeout: Timeout = None, **kwargs: Any) -> Any:
        data, response = self._json(_request(module, args, kwargs), idempotent=idempotent, timeout=timeout)
        return (parse or _raw)(data, response)

    _describe(method, module, module.__name__)
    return method


def async_endpoint(module: ModuleType, parse: Parser | None = None, *, idempotent: bool | None = None) -> Any:
    """An asynchronous resource method calling `module`'s operation."""

    async def method(self: AsyncResource, *args: Any, timeout: Timeout = None, **kwargs: Any) -> Any:
        data, response = await self._json(
            _request(module, args, kwargs), idempotent=idempotent, timeout=timeout
        )
        return (parse or _raw)(data, response)

    _describe(method, module, module.__name__)
    return method
