"""Old import paths of the classes and functions that now live in `_async/` and `_sync/`.

A shared module (`_transport`, `_wait`, ...) cannot import its twins at import time, since they
import it; its `__getattr__` finds them on first use instead (PEP 562)."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import Any


def twin(module: str, homes: Mapping[str, str], name: str) -> Any:
    """`name` from its home in `homes` (a module relative to the package), for `module`'s `__getattr__`."""
    home = homes.get(name)
    if home is None:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    return getattr(import_module(home, "astra_devops"), name)
