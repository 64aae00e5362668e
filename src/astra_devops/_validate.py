"""Input checks done before any request, so bad input fails fast with a clear message.

The rules on a new database or datacenter (providers, tiers, `db_type`, capacity units) come
from the contract's enums, and the fake API (`astra_devops.testing`) applies the same ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Literal

from .errors import ConfigurationError

# The fixed sets of values of the hand-written signatures, so a type checker catches a typo; the
# checks below still refuse a wrong value at run time, before any request. tests/typing checks
# each against the contract's enum (or the set the check accepts).
CloudProvider = Literal["AWS", "GCP", "AZURE", "aws", "gcp", "azure"]
ProviderFilter = Literal["ALL", "AWS", "GCP", "AZURE", "all", "aws", "gcp", "azure"]
Tier = Literal["serverless", "developer", "C10", "C20", "C40", "D10", "D20", "D40"]
DbType = Literal["vector"]
IfExists = Literal["error", "return"]
IncludeFilter = Literal[
    "nonterminated",
    "all",
    "active",
    "error",
    "initializing",
    "maintenance",
    "parked",
    "parking",
    "pending",
    "prepared",
    "preparing",
    "resizing",
    "suspended",
    "suspending",
    "terminated",
    "terminating",
    "unparking",
]
# The database states of the contract's `x-extensible-enum` (Database.status), but TERMINATED: a wait
# for one of them ends on the database, a wait for TERMINATED may end on it gone.
LiveStatus = Literal[
    "ACTIVE",
    "PENDING",
    "PREPARING",
    "PREPARED",
    "INITIALIZING",
    "PARKED",
    "PARKING",
    "UNPARKING",
    "TERMINATING",
    "RESIZING",
    "ERROR",
    "MAINTENANCE",
    "SUSPENDED",
    "SUSPENDING",
    "UNKNOWN",
]
DatabaseStatus = LiveStatus | Literal["TERMINATED"]
# A migration's states in the contract (MigrationStatus.status), and PAUSED and ABORTED, which
# `pause` and `abort` wait for.
MigrationGoal = Literal[
    "INITIALIZING", "READY", "STARTING", "IN_PROGRESS", "DONE", "PAUSED", "ABORTED", "ERROR"
]
BundleKind = Literal["external", "internal", "migration-proxy"]

# The contract's minimum and maximum of `capacityUnits` (the generated models do not keep bounds;
# tests/client/test_validate.py reads them from the contract); a serverless database takes 1.
CAPACITY_UNITS = (1, 100)
SERVERLESS_CAPACITY_UNITS = 1
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,47}")


def identifier(value: object, what: str) -> str:
    """A non-empty id or name, with no slash that would change the request's path."""
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{what} must be a non-empty string, got {value!r}")
    if "/" in value:
        raise ConfigurationError(f"{what} must not contain '/', got {value!r}")
    return value.strip()


def providers() -> tuple[str, ...]:
    """The contract's cloud providers of a new database, read from its enum when a check needs them."""
    from astra_devops_api.models.database_info_create_cloud_provider import DatabaseInfoCreateCloudProvider

    return tuple(provider.value for provider in DatabaseInfoCreateCloudProvider)


def tiers() -> tuple[str, ...]:
    from astra_devops_api.models.database_info_create_tier import DatabaseInfoCreateTier

    return tuple(tier.value for tier in DatabaseInfoCreateTier)


def db_types() -> tuple[str, ...]:
    from astra_devops_api.models.database_info_create_db_type import DatabaseInfoCreateDbType

    return tuple(kind.value for kind in DatabaseInfoCreateDbType)


def cloud_provider(value: object) -> str:
    """AWS, GCP or AZURE, in any case."""
    return any_case(value, "cloud_provider", providers(), str.upper)


def any_case(value: object, what: str, allowed: Iterable[str], fold: Callable[[str], str]) -> str:
    """One of `allowed`, written in any case (`fold` gives the contract's)."""
    options = list(allowed)
    if not isinstance(value, str) or fold(value) not in options:
        raise ConfigurationError(f"unknown {what} {value!r}; use one of {', '.join(options)} (any case)")
    return fold(value)


def capacity_units(value: object, tier: str | None = None) -> int:
    """Capacity units within the contract's bounds (for a serverless `tier`, 1)."""
    low, high = CAPACITY_UNITS
    if tier is None:
        return whole_number(value, "capacity_units", low, high)
    high = SERVERLESS_CAPACITY_UNITS if tier == "serverless" else high
    return whole_number(value, f"capacity_units for tier {tier}", low, high)


def tier(value: object) -> str:
    return choice(value, "tier", tiers())


def db_type(value: object) -> str:
    return choice(value, "db_type", db_types())


def keyspace_name(value: object) -> str:
    """A CQL identifier: a letter, then letters, digits or underscores, 48 at most."""
    if not isinstance(value, str) or not _IDENTIFIER.fullmatch(value):
        raise ConfigurationError(
            f"invalid keyspace name {value!r}: start with a letter, then letters, digits or _, 48 at most"
        )
    return value


def whole_number(value: object, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigurationError(f"{what} must be a whole number from {low} to {high}, got {value!r}")
    return value


def choice(value: object, what: str, allowed: Iterable[str]) -> str:
    options = list(allowed)
    if value not in options:
        raise ConfigurationError(f"unknown {what} {value!r}; use one of {', '.join(options)}")
    return str(value)


def id_list(values: object, what: str) -> list[str]:
    """A non-empty list of ids (a lone string is refused: it would be read letter by letter)."""
    if isinstance(values, str) or not isinstance(values, list | tuple) or not values:
        raise ConfigurationError(f"{what} must be a non-empty list of ids, got {values!r}")
    return [identifier(value, what) for value in values]
