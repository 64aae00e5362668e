"""The API's models: the generated ones, re-exported here (and imported on first use).

from astra_devops.models import Database, Role, Policy

Names the contract no longer has stay importable for one release, with a DeprecationWarning:
`Error` and `ApiError` (now `ErrorEntry`), `ErrorDescription` (now `Errors`, whose `errors` and
`description` are both optional), `PrivateLinkDatacenters` (now `PrivateLinkAcceptOutput`), the two
Pulsar branches `PulsarTokenAuthTelemetryRequest` and `PulsarOAuth2TelemetryRequest` (now one
`PulsarTelemetryRequestBlock`), and `StatusEnum` (`Database.status` is now a plain string; the
enum below keeps the known values), and likewise the enums of the fields issue 29 opened:
`DatacenterRegionZone`, `DatacenterRegionClassification`, `KafkaTelemetryRequestBlockSaslMechanism`,
`KafkaTelemetryRequestBlockSecurityProtocol` and `PulsarAuthRequestAuthStrategy`.
"""

from __future__ import annotations

import warnings
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from astra_devops_api.models import *  # noqa: F403
    from astra_devops_api.models import (
        ErrorEntry,
        Errors,
        PrivateLinkAcceptOutput,
        PulsarTelemetryRequestBlock,
    )

    ApiError = ErrorEntry
    Error = ErrorEntry
    ErrorDescription = Errors
    PrivateLinkDatacenters = PrivateLinkAcceptOutput
    PulsarOAuth2TelemetryRequest = PulsarTelemetryRequestBlock
    PulsarTokenAuthTelemetryRequest = PulsarTelemetryRequestBlock

RENAMED = {
    "ApiError": "ErrorEntry",
    "Error": "ErrorEntry",
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


def _open_enum(name: str, values: list[str]) -> type[StrEnum]:
    """A deprecated enum whose field is now a plain string (issue 29: response enums are open)."""
    made: type[StrEnum] = StrEnum(name, {value.upper().replace("-", "_"): value for value in values})  # type: ignore[misc]
    return made


# Enums whose field is a plain string now, and where the field is: (enum, field).
_DEPRECATED_ENUMS: dict[str, tuple[type[StrEnum], str]] = {
    "StatusEnum": (_StatusEnum, "Database.status"),
    "DatacenterRegionZone": (
        _open_enum("DatacenterRegionZone", ["apac", "emea", "na", "sa"]),
        "Datacenter.region_zone",
    ),
    "DatacenterRegionClassification": (
        _open_enum("DatacenterRegionClassification", ["premium", "premium_plus", "standard"]),
        "Datacenter.region_classification",
    ),
    "KafkaTelemetryRequestBlockSaslMechanism": (
        _open_enum(
            "KafkaTelemetryRequestBlockSaslMechanism", ["GSSAPI", "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]
        ),
        "KafkaTelemetryRequestBlock.sasl_mechanism",
    ),
    "KafkaTelemetryRequestBlockSecurityProtocol": (
        _open_enum("KafkaTelemetryRequestBlockSecurityProtocol", ["SASL_PLAINTEXT", "SASL_SSL"]),
        "KafkaTelemetryRequestBlock.security_protocol",
    ),
    "PulsarAuthRequestAuthStrategy": (
        _open_enum("PulsarAuthRequestAuthStrategy", ["oauth2", "token"]),
        "PulsarAuthRequest.auth_strategy",
    ),
}
if TYPE_CHECKING:
    StatusEnum = _StatusEnum


def __getattr__(name: str) -> Any:
    from astra_devops_api import models

    if name in _DEPRECATED_ENUMS:
        enum, field = _DEPRECATED_ENUMS[name]
        warnings.warn(
            f"astra_devops.models.{name} is deprecated: {field} is a plain string",
            DeprecationWarning,
            stacklevel=2,
        )
        return enum
    if name in RENAMED:
        warnings.warn(
            f"astra_devops.models.{name} is deprecated: use {RENAMED[name]}", DeprecationWarning, stacklevel=2
        )
        return getattr(models, RENAMED[name])
    return getattr(models, name)


def __dir__() -> list[str]:
    from astra_devops_api import models

    return sorted(models.__all__)
