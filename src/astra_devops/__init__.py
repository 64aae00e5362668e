"""Python client for the DataStax Astra DB DevOps API.

    from astra_devops import AstraDevOps
    client = AstraDevOps()          # token from ASTRA_DB_APPLICATION_TOKEN or ~/.astrarc
    for db in client.databases.list():
        print(db.id, db.status)

Names are imported on first use (PEP 562), so importing the package stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import errors
    from ._client import AstraDevOps, AsyncAstraDevOps

__all__ = ["AstraDevOps", "AsyncAstraDevOps", "__version__", "errors"]

_HOME = {"AstraDevOps": "._client", "AsyncAstraDevOps": "._client", "errors": ".errors"}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(home, __name__)
    value = module if name == "errors" else getattr(module, name)
    globals()[name] = value
    return value
