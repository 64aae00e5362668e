"""Request builders, checks and parsers of `client.databases`: no I/O, so both clients share them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import httpx
from astra_devops_api.models.database import Database
from astra_devops_api.models.list_databases_include import ListDatabasesInclude
from astra_devops_api.models.list_databases_provider import ListDatabasesProvider
from astra_devops_api.types import UNSET, Unset

from .. import _operations as ops
from .. import _quirks, _validate, _wait
from .._endpoints import Call, many
from .._pagination import MAX_PAGE_SIZE
from .._parsing import parse_models
from ..errors import APIResponseValidationError, ConfigurationError, OperationFailedError

if TYPE_CHECKING:
    from astra_devops_api.models.creds_url import CredsURL
    from astra_devops_api.models.database_info_create import DatabaseInfoCreate
    from astra_devops_api.models.pcu_group import PCUGroup


CLASSIC_TIERS = ("C10", "C20", "C40", "D10", "D20", "D40")
# Seed 001: a classic database starts with at most 12 capacity units (resize takes it further);
# a developer (free) or serverless database takes 1.
CLASSIC_START_UNITS = (1, 12)
IF_EXISTS = ("error", "return")
# `create(wait=False)` reads the new database once it is visible: any status ends that wait, and a
# 404 means "not yet visible" for CREATE_GRACE at most, as in the waiting path.
VISIBLE = "VISIBLE"
FIRST_SIGHT = _wait.after_create(_wait.Goal(VISIBLE, frozenset(), any_status=True))

BUNDLE_KINDS = {
    "external": "download_url",
    "internal": "download_url_internal",
    "migration-proxy": "download_url_migration_proxy",
}


def list_request(include: str | None, provider: str | None, after: str | None, limit: int) -> dict[str, Any]:
    return ops.list_databases(
        include=ListDatabasesInclude(include.lower()) if include else UNSET,
        provider=ListDatabasesProvider(provider.upper()) if provider else UNSET,
        starting_after=after if after is not None else UNSET,
        limit=limit,
    ).request()


def checked_page_size(page_size: int, include: str | None, provider: str | None) -> int:
    size = _validate.whole_number(page_size, "page_size", 1, MAX_PAGE_SIZE)
    if include is not None:
        _validate.any_case(include, "include", [item.value for item in ListDatabasesInclude], str.lower)
    if provider is not None:
        _validate.any_case(provider, "provider", [item.value for item in ListDatabasesProvider], str.upper)
    return size


def resume_point(max_items: int | None, starting_after: str | None) -> tuple[int | None, str | None]:
    """`max_items` (None: all) and `starting_after` (None: from the start), checked."""
    limit = None if max_items is None else _validate.whole_number(max_items, "max_items", 0, sys.maxsize)
    cursor = None if starting_after is None else _validate.identifier(starting_after, "starting_after")
    return limit, cursor


def create_body(
    name: str,
    cloud_provider: str,
    region: str,
    keyspace: str | None,
    tier: str,
    capacity_units: int,
    db_type: str | Unset | None,
    pcu_group_id: str | None,
) -> DatabaseInfoCreate:
    """The createDatabase body, every argument and combination checked first."""
    from astra_devops_api.models.database_info_create import DatabaseInfoCreate
    from astra_devops_api.models.database_info_create_cloud_provider import DatabaseInfoCreateCloudProvider
    from astra_devops_api.models.database_info_create_db_type import DatabaseInfoCreateDbType
    from astra_devops_api.models.database_info_create_tier import DatabaseInfoCreateTier

    tier = _validate.tier(tier)
    if isinstance(db_type, Unset):
        db_type = "vector" if tier == "serverless" else None
    serverless_only(tier, db_type=db_type, pcu_group_id=pcu_group_id)
    return DatabaseInfoCreate(
        name=_validate.identifier(name, "name"),
        cloud_provider=DatabaseInfoCreateCloudProvider(_validate.cloud_provider(cloud_provider)),
        tier=DatabaseInfoCreateTier(tier),
        capacity_units=starting_units(capacity_units, tier),
        region=_validate.identifier(region, "region"),
        keyspace=_validate.keyspace_name(keyspace) if keyspace is not None else UNSET,
        db_type=UNSET if db_type is None else DatabaseInfoCreateDbType(_validate.db_type(db_type)),
        pcu_group_uuid=UNSET if pcu_group_id is None else _validate.identifier(pcu_group_id, "pcu_group_id"),
    )


def serverless_only(tier: str, **options: str | None) -> None:
    """`db_type` and `pcu_group_id` describe a serverless database: refused with another tier."""
    for option, value in options.items():
        if value is not None and tier != "serverless":
            raise ConfigurationError(f"{option} is for the serverless tier, not {tier}; pass {option}=None")


def starting_units(capacity_units: object, tier: str) -> int:
    """1 for a developer or serverless database; 1 to 12 for a classic one at creation."""
    low, high = CLASSIC_START_UNITS if tier in CLASSIC_TIERS else (1, 1)
    return _validate.whole_number(capacity_units, f"capacity_units for tier {tier}", low, high)


def if_exists_choice(if_exists: str | None) -> str | None:
    return None if if_exists is None else _validate.choice(if_exists, "if_exists", IF_EXISTS)


def group_lookup(
    body: DatabaseInfoCreate,
) -> tuple[dict[str, Any], Callable[[httpx.Response], PCUGroup | None]]:
    """The request for the PCU group named in `body`, and how to find that group in its answer."""
    from astra_devops_api.models.pcu_group import PCUGroup

    from .pcu_groups import get_request, only

    group_id = str(body.pcu_group_uuid)
    return get_request(group_id), lambda response: only(many(PCUGroup).read(response), group_id)


def check_group(group: PCUGroup | None, body: DatabaseInfoCreate) -> None:
    """The PCU group named in `body` exists, in the database's provider and region."""
    if group is None:
        raise ConfigurationError(f"no PCU group {body.pcu_group_uuid} in this organization")
    where = (str(group.cloud_provider).upper(), group.region)
    if where != (body.cloud_provider.value, body.region):
        raise ConfigurationError(
            f"PCU group {body.pcu_group_uuid} is in {where[0]} {where[1]}, "
            f"not {body.cloud_provider.value} {body.region}"
        )


def live_named(databases: list[Database], body: DatabaseInfoCreate, if_exists: str) -> Database | None:
    """The live database named like `body` (None if there is none); `if_exists` says what then."""
    live = (db for db in databases if _wait.status_of(db) not in _wait.ENDED)
    found = next((db for db in live if db.info.name == body.name), None)
    if found is None:
        return None
    if if_exists == "error":
        raise ConfigurationError(
            f"a database named {body.name!r} already exists: {found.id} ({_wait.status_of(found)})"
        )
    if (found.info.cloud_provider, found.info.region) != (body.cloud_provider.value, body.region):
        raise ConfigurationError(
            f"the database named {body.name!r} ({found.id}) is in {found.info.cloud_provider} "
            f"{found.info.region}, not {body.cloud_provider.value} {body.region}"
        )
    return found


def created_id(response: httpx.Response) -> str:
    """The new database's id, from the `Location` header of the 201 (there is no body)."""
    location = response.headers.get("location")
    if not location:
        raise APIResponseValidationError(response, "the 201 for a new database carries no Location header")
    return _quirks.database_id_from_location(location)


def bundle_entries(data: Any, response: httpx.Response) -> list[CredsURL]:
    """One entry per datacenter, whether the API answered an object or an array."""
    from astra_devops_api.models.creds_url import CredsURL

    listed = data if isinstance(data, list) else [data]
    return parse_models(CredsURL, [_quirks.datacenter_keys(entry) for entry in listed], response)


def bundle_url(entries: list[CredsURL], datacenter_id: str | None, kind: str) -> str:
    attribute = BUNDLE_KINDS[kind]
    entry = entries[0] if datacenter_id is None else _entry_for(entries, datacenter_id)
    url = getattr(entry, attribute)
    if not isinstance(url, str) or not url:
        raise ConfigurationError(f"the secure bundle of datacenter {entry.datcenter_id} has no {kind} URL")
    return url


def _entry_for(entries: list[CredsURL], datacenter_id: str) -> CredsURL:
    for entry in entries:
        if _quirks.datacenter_id(entry.to_dict()) == datacenter_id:
            return entry
    known = ", ".join(str(_quirks.datacenter_id(entry.to_dict())) for entry in entries)
    raise ConfigurationError(f"no datacenter {datacenter_id!r} in this database; it has {known}")


def resize_call(database_id: str, capacity_units: int) -> Call:
    from astra_devops_api.models.capacity_units import CapacityUnits

    body = CapacityUnits(capacity_units=_validate.capacity_units(capacity_units))
    return ops.resize_database(database_id, body=body)


def password_request(database_id: str, username: str, password: str) -> dict[str, Any]:
    """The resetPassword request, the user name and the password checked first."""
    from astra_devops_api.models.user_password import UserPassword

    body = UserPassword(username=_validate.identifier(username, "username"), password=password)
    if not isinstance(password, str) or not password:
        raise ConfigurationError("password must be a non-empty string")
    return ops.reset_password(_validate.identifier(database_id, "database_id"), body=body).request()


def sighted(database: Database) -> str:
    return _wait.status_of(database)


def bundle_kind(kind: object) -> _validate.BundleKind:
    return cast(_validate.BundleKind, _validate.choice(kind, "kind", BUNDLE_KINDS))


def present_or_gone(database_id: str, database: Database | None) -> Database:
    if database is None:
        raise OperationFailedError(database_id, "ACTIVE", "gone")
    return database
