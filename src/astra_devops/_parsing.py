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
        raise APIResponseValidationError(response, f"cannot read {model.__name__}: {exc!r}") from exc


def parse_models(model: type[M], data: Any, response: httpx.Response) -> list[M]:
    """Build a list of generated models from a decoded JSON array."""
    if not isinstance(data, list):
        raise APIResponseValidationError(
            response, f"expected a JSON array of {model.__name__}, got {type(data).__name__}"
        )
    return [parse_model(model, item, response) for item in data]
