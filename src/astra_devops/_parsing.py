"""Turn response JSON into the generated models, or a typed error, never a bare KeyError."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, Self, TypeVar

import httpx

from .errors import APIResponseValidationError

_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError)


class Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=Model)


def parse_model(model: type[M], data: Any, response: httpx.Response) -> M:
    """Build one generated model from a decoded JSON object."""
    if not isinstance(data, Mapping):
        raise APIResponseValidationError(
            response, f"expected a JSON object for {model.__name__}, got {type(data).__name__}"
        )
    try:
        return model.from_dict(data)
    except _PARSE_ERRORS as exc:
        raise _unreadable(model, exc, response) from exc


def parse_models(model: type[M], data: Any, response: httpx.Response) -> list[M]:
    """Build a list of generated models from a decoded JSON array."""
    if not isinstance(data, list):
        raise APIResponseValidationError(
            response, f"expected a JSON array of {model.__name__}, got {type(data).__name__}"
        )
    return _build(model, data, response)


def _build(model: type[M], data: list[Any], response: httpx.Response) -> list[M]:
    """The plain JSON objects straight to `from_dict`, under one `try`; anything else via `parse_model`."""
    from_dict = model.from_dict
    try:
        return [
            from_dict(item) if type(item) is dict else parse_model(model, item, response) for item in data
        ]
    except _PARSE_ERRORS as exc:
        raise _unreadable(model, exc, response) from exc


def _unreadable(model: type[Model], exc: Exception, response: httpx.Response) -> APIResponseValidationError:
    return APIResponseValidationError(response, f"cannot read {model.__name__}: {exc!r}")
