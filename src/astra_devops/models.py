"""The API's models: the generated ones, re-exported here (and imported on first use).

from astra_devops.models import Database, Role, Policy

Names the contract no longer has stay importable for one release, with a DeprecationWarning:
`Error` (now `ApiError`), `ErrorDescription` (now `Errors`, whose `errors` and `description` are
both optional), `PrivateLinkDatacenters` (now `PrivateLinkAcceptOutput`), the two Pulsar branches
`PulsarTokenAuthTelemetryRequest` and `PulsarOAuth2TelemetryRequest` (now one
`PulsarTelemetryRequestBlock`), and `StatusEnum` (`Database.status` is now a plain string; the
enum below keeps the known values).
"""

from __future__ import annotations

import warnings
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from astra_devops_api.models import *  # noqa: F403
    from astra_devops_api.models import ApiError, Errors, PrivateLinkAcceptOutput, PulsarTelemetryRequestBlock

    Error = ApiError
    ErrorDescription = Errors
    PrivateLinkDatacenters = PrivateLinkAcceptOutput
    PulsarOAuth2TelemetryRequest = PulsarTelemetryRequestBlock
    PulsarTokenAuthTelemetryRequest = PulsarTelemetryRequestBlock

RENAMED = {
    "Error": "ApiError",
    "ErrorDescription": "Errors",
    "PrivateLinkDatacenters": "PrivateLinkAcceptOutput",
    "PulsarOAuth2TelemetryRequest": "PulsarTelemetryRequestBlock",
    "PulsarTokenAuthTelemetryRequest": "PulsarTelemetryRequestBlock",
}


class _StatusEnum(StrEnum):
    """Deprecated: the database states the contract lists in `Database.status`'s `x-extensible-enum`.
    `Database.status` is a plain string, which compares equal to these members."""

    ACTIVE = "ACTIVE"
    PENDING = "PENDING"
    PREPARING = "PREPARING"
    PREPARED = "PREPARED"
    INITIALIZING = "INITIALIZING"
    PARKED = "PARKED"
    PARKING = "PARKING"
    UNPARKING = "UNPARKING"
    TERMINATED = "TERMINATED"
    TERMINATING = "TERMINATING"
    RESIZING = "RESIZING"
    ERROR = "ERROR"
    MAINTENANCE = "MAINTENANCE"
    SUSPENDED = "SUSPENDED"
    SUSPENDING = "SUSPENDING"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)


_StatusEnum.__name__ = _StatusEnum.__qualname__ = "StatusEnum"
_DEPRECATED_ENUMS = {"StatusEnum": _StatusEnum}
if TYPE_CHECKING:
    StatusEnum = _StatusEnum


def __getattr__(name: str) -> Any:
    from astra_devops_api import models

    if name in _DEPRECATED_ENUMS:
        warnings.warn(
            f"astra_devops.models.{name} is deprecated: Database.status is a plain string",
            DeprecationWarning,
            stacklevel=2,
        )
        return _DEPRECATED_ENUMS[name]
    if name in RENAMED:
        warnings.warn(
            f"astra_devops.models.{name} is deprecated: use {RENAMED[name]}", DeprecationWarning, stacklevel=2
        )
        return getattr(models, RENAMED[name])
    return getattr(models, name)


def __dir__() -> list[str]:
    from astra_devops_api import models

    return sorted(models.__all__)
