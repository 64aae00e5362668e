"""Python client for the DataStax Astra DB DevOps API.

    from astra_devops import AstraDevOps
    client = AstraDevOps()          # token from ASTRA_DB_APPLICATION_TOKEN or ~/.astrarc
    for db in client.databases.list():
        print(db.id, db.status)

Names are imported on first use (PEP 562), so importing the package stays cheap; `dir()` and
`help()` list them all the same.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import errors, models
    from ._api_version import __api_sha256__, __api_version__
    from ._async._client import AsyncAstraDevOps
    from ._sync._client import AstraDevOps

__all__ = [
    "AstraDevOps",
    "AsyncAstraDevOps",
    "__api_sha256__",
    "__api_version__",
    "__version__",
    "errors",
    "models",
]

_HOME = {
    "AstraDevOps": "._sync._client",
    "AsyncAstraDevOps": "._async._client",
    "errors": ".errors",
    "models": ".models",
    "__api_version__": "._api_version",
    "__api_sha256__": "._api_version",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(home, __name__)
    value = module if name in ("errors", "models") else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
