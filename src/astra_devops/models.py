"""The API's models: the generated ones, re-exported here (and imported on first use).

from astra_devops.models import Database, Role, Policy
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from astra_devops_api.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    from astra_devops_api import models

    return getattr(models, name)


def __dir__() -> list[str]:
    from astra_devops_api import models

    return sorted(models.__all__)
