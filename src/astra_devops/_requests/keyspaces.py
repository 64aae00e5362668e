"""Request builders, checks and parsers of `client.keyspaces`: no I/O, so both clients share them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import _validate
from .._endpoints import Call
from ..errors import ConfigurationError

if TYPE_CHECKING:
    from astra_devops_api.models.database import Database


Build = Callable[[str, str], Call]


def keyspaces_of(database: Database) -> list[str]:
    """The keyspace names: the live API's `keyspaces` when sent, else `keyspace` and `additionalKeyspaces`."""
    info = database.info
    listed = info.keyspaces
    if isinstance(listed, list):
        return [str(name) for name in listed]
    names = [info.keyspace] if isinstance(info.keyspace, str) else []
    return names + [name for name in info.additional_keyspaces or [] if name not in names]


def already(listed: list[str], name: str, if_exists: str) -> bool:
    """Whether `name` is listed (with `if_exists="error"`, ConfigurationError if it is)."""
    if name in listed and if_exists == "error":
        raise ConfigurationError(f"keyspace {name!r} already exists")
    return name in listed


def if_exists_choice(if_exists: str | None) -> str | None:
    return None if if_exists is None else _validate.choice(if_exists, "if_exists", ("error", "return"))
