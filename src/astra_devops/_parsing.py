"""Turn response JSON into the generated models, or a typed error, never a bare KeyError."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Protocol, Self, TypeVar

import httpx

from .errors import APIResponseValidationError

_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError)
# From this many items a list is built with the cyclic GC paused: models hold no cycles, and every
# collection triggered while thousands of them are being made would walk them all for nothing.
GC_PAUSE_FROM = 50


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
    if len(data) < GC_PAUSE_FROM:
        return _build(model, data, response)
    with gc_paused():
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


class _Pause:
    """How many threads are inside `gc_paused`, and whether the GC was on when the first came in."""

    lock = threading.Lock()
    holders = 0
    was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC for the block; the last thread out restores the state the first found.

    A GC the application turned off stays off; one it turns on meanwhile stays on.
    """
    with _Pause.lock:
        if _Pause.holders == 0:
            _Pause.was_enabled = gc.isenabled()
            gc.disable()
        _Pause.holders += 1
    try:
        yield
    finally:
        with _Pause.lock:
            _Pause.holders -= 1
            if _Pause.holders == 0 and _Pause.was_enabled:
                gc.enable()
