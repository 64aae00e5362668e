"""What the clients people use share: `AsyncAstraDevOps` (`_async/_client.py`, written by hand) and
`AstraDevOps` (`_sync/_client.py`, generated from it) check their settings here.

Resource groups are attributes created on first use, so `import astra_devops` and the
constructor stay cheap: a resource imports the models its answers need when it is first
touched, and a method the generated endpoint module of its operation on its first call.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Hashable
from importlib import import_module
from typing import Any

import httpx

from ._auth import resolve_base_url, resolve_token
from ._constants import LOG_VARIABLE
from ._transport import make_timeout, process_lock
from .errors import ConfigurationError


class _LazyResource:
    """A resource attribute, imported and built on first access, then cached on the client."""

    def __init__(self, module: str, name: str) -> None:
        self._group = module
        self._name = name
        self.__doc__ = f"`astra_devops.resources.{module}.{name}`, built on first use and kept by the client."

    def __set_name__(self, owner: type, attribute: str) -> None:
        """The class comes from the resources of the owner's side (`_sync/` or `_async/`)."""
        self._attribute = attribute
        self._module = f"{owner.__module__.rpartition('.')[0]}.{self._group}"

    def __get__(self, instance: object | None, owner: type) -> Any:
        if instance is None:
            return self
        resource = getattr(import_module(self._module), self._name)(instance)
        instance.__dict__[self._attribute] = resource
        return resource

    def __repr__(self) -> str:
        return f"<{self._name}>"


def _lazy(module: str, name: str) -> Any:
    """The attribute's descriptor, typed Any so that the attribute is annotated with its resource
    class: type checkers, `help()` and the reference show `databases: Databases`."""
    return _LazyResource(module, name)


MAX_RETRIES = 10
_LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_log_locks: dict[Hashable, threading.Lock] = {}
_log_handlers: list[logging.Handler] = []


def _settings(
    token: str | None,
    environment: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
) -> tuple[str, str]:
    """Check every constructor argument before anything touches the network."""
    if (
        isinstance(max_retries, bool)
        or not isinstance(max_retries, int)
        or not 0 <= max_retries <= MAX_RETRIES
    ):
        raise ConfigurationError(
            f"max_retries must be a whole number from 0 to {MAX_RETRIES}, got {max_retries!r}"
        )
    make_timeout(timeout)
    _configure_logging()
    return resolve_token(token), _plain(resolve_base_url(base_url, environment))


def _plain(url: str) -> str:
    """A base URL with no whitespace or control character anywhere (a pasted one often ends in one)."""
    if any(char.isspace() or not char.isprintable() for char in url):
        raise ConfigurationError(
            f"base_url {url!r} holds whitespace or a control character: give the URL alone, such as "
            "https://api.astra.datastax.com"
        )
    return url


def _configure_logging() -> None:
    """ASTRA_DEVOPS_LOG=debug|info: the library's log records to stderr (one handler, set up once)."""
    value = os.environ.get(LOG_VARIABLE, "").strip().lower()
    if not value:
        return
    if value not in _LOG_LEVELS:
        raise ConfigurationError(f"{LOG_VARIABLE} must be debug or info, got {value!r}")
    logger = logging.getLogger("astra_devops")
    with process_lock(_log_locks):
        if not _log_handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
            _log_handlers.append(handler)
        logger.setLevel(_LOG_LEVELS[value])
