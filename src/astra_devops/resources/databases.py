"""`client.databases`: list, create, wait for, change and terminate databases.

`create` checks every documented combination before any request: `db_type` ("vector", or
None for the API's default non-vector serverless database) and `pcu_group_id` are for the
serverless tier (`db_type` left out is "vector" there, and none on the other tiers); the PCU
group must exist in the same provider and region; a developer or serverless database takes 1
capacity unit, a classic one (C10...D40) 1 to 12 at creation.
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
from astra_devops_api.models.database import Database
from astra_devops_api.models.list_databases_include import ListDatabasesInclude
from astra_devops_api.models.list_databases_provider import ListDatabasesProvider
from astra_devops_api.types import UNSET, Unset

from .. import _operations as ops
from .. import _quirks, _transport, _validate, _wait
from .._endpoints import NO_BODY, async_endpoint, endpoint, many
from .._pagination import MAX_PAGE_SIZE, AsyncPageIterator, PageIterator
from .._parsing import parse_model, parse_models
from .._resource import (
    AsyncResource,
    Headers,
    SyncResource,
    async_raw_response,
    call_headers,
    per_call,
    raw_response,
)
from ..errors import (
    APIResponseValidationError,
    BadRequestError,
    ConfigurationError,
    NotFoundError,
    OperationFailedError,
)

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
FIRST_SIGHT = _wait.after_create(_wait.Goal(VISIBLE, frozenset()))

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


def _page_size(page_size: int, include: str | None, provider: str | None) -> int:
    size = _validate.whole_number(page_size, "page_size", 1, MAX_PAGE_SIZE)
    if include is not None:
        _validate.choice(include.lower(), "include filter", [item.value for item in ListDatabasesInclude])
    if provider is not None:
        _validate.choice(provider.upper(), "provider filter", [item.value for item in ListDatabasesProvider])
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


def resize_request(database_id: str, capacity_units: int) -> dict[str, Any]:
    from astra_devops_api.models.capacity_units import CapacityUnits

    body = CapacityUnits(capacity_units=_validate.capacity_units(capacity_units))
    return ops.resize_database(_validate.identifier(database_id, "database_id"), body=body).request()


def password_request(database_id: str, username: str, password: str) -> dict[str, Any]:
    """The resetPassword request, the user name and the password checked first."""
    from astra_devops_api.models.user_password import UserPassword

    body = UserPassword(username=_validate.identifier(username, "username"), password=password)
    if not isinstance(password, str) or not password:
        raise ConfigurationError("password must be a non-empty string")
    return ops.reset_password(_validate.identifier(database_id, "database_id"), body=body).request()


def _sighted(database: Database) -> str:
    return VISIBLE


def _bundle_kind(kind: str) -> str:
    return _validate.choice(kind, "bundle kind", BUNDLE_KINDS)


class Databases(SyncResource):
    """Databases of the organization."""

    @cached_property
    def with_raw_response(self) -> DatabasesWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return DatabasesWithRawResponse(self)

    @per_call
    def list(
        self,
        include: str | None = None,
        provider: str | None = None,
        page_size: int = 100,
        *,
        max_items: int | None = None,
        starting_after: str | None = None,
        extra_headers: Headers | None = None,
    ) -> PageIterator[Database]:
        """Every database, page by page as you iterate (`include`: nonterminated by default, all...);
        `.pages()` yields the pages, `max_items` stops early, `starting_after` resumes after a cursor;
        `extra_headers` go with every page."""
        size = _page_size(page_size, include, provider)
        limit, cursor = resume_point(max_items, starting_after)
        headers = call_headers()
        return PageIterator(
            lambda after, limit: self._page(include, provider, after, limit, headers),
            size,
            max_items=limit,
            starting_after=cursor,
        )

    def _page(
        self, include: str | None, provider: str | None, after: str | None, limit: int, headers: Headers
    ) -> builtins.list[Database]:
        request = list_request(include, provider, after, limit)
        data, response = self._json(request, extra_headers=headers)
        return parse_models(Database, data, response)

    @per_call
    def get(self, database_id: str, *, extra_headers: Headers | None = None) -> Database:
        """One database, with its current status."""
        request = ops.get_database(_validate.identifier(database_id, "database_id")).request()
        data, response = self._json(request)
        return parse_model(Database, data, response)

    @per_call
    def create(
        self,
        *,
        name: str,
        cloud_provider: str,
        region: str,
        keyspace: str | None = None,
        tier: str = "serverless",
        capacity_units: int = 1,
        db_type: str | Unset | None = UNSET,
        pcu_group_id: str | None = None,
        if_exists: str | None = None,
        wait: bool = True,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database:
        """Create a database; with `wait`, return it once ACTIVE (OperationFailedError if it fails),
        without, return it as first read (a 404 right after the create is waited out, see waiting.md).

        `db_type` left out is "vector" on the serverless tier and none on the others.
        `if_exists="return"` returns the live database of that name (waiting for it like a new
        one) instead of making a second; `"error"` raises ConfigurationError; None (the default)
        does not look.
        """
        body = create_body(
            name, cloud_provider, region, keyspace, tier, capacity_units, db_type, pcu_group_id
        )
        choice = if_exists_choice(if_exists)
        _wait.check_wait(timeout, poll_interval)
        if body.pcu_group_uuid:
            self._check_group(body)
        found = self._existing(body, choice)
        database_id = found.id if found else created_id(self._send(ops.create_database(body=body).request()))
        if not wait:
            return found or self._first_sight(database_id, timeout, poll_interval)
        ready = _wait.wait_until(
            self.get, database_id, "ACTIVE", timeout=timeout, poll_interval=poll_interval, created=True
        )
        return _present(database_id, ready)

    @per_call
    def terminate(
        self,
        database_id: str,
        *,
        missing_ok: bool = False,
        wait: bool = True,
        timeout: float = 900,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> None:
        """Terminate a database; with `wait`, return once it is TERMINATED (or gone).

        `missing_ok=True`: a database already TERMINATING, TERMINATED or gone (404) is not an
        error (with `wait`, a TERMINATING one is still waited for).
        """
        request = ops.terminate_database(_validate.identifier(database_id, "database_id")).request()
        if missing_ok and self._ended(database_id):
            _wait.check_wait(timeout, poll_interval)
            if wait:
                self.wait_for_status(database_id, _wait.GONE, timeout=timeout, poll_interval=poll_interval)
            return
        self._act(request, database_id, "TERMINATED", wait, timeout, poll_interval)

    @per_call
    def park(
        self,
        database_id: str,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database | None:
        """Park a classic database; with `wait`, return it once PARKED."""
        request = ops.park_database(_validate.identifier(database_id, "database_id")).request()
        return self._act(request, database_id, "PARKED", wait, timeout, poll_interval)

    @per_call
    def unpark(
        self,
        database_id: str,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database | None:
        """Unpark a classic database; with `wait`, return it once ACTIVE."""
        request = ops.unpark_database(_validate.identifier(database_id, "database_id")).request()
        return self._act(request, database_id, "ACTIVE", wait, timeout, poll_interval)

    @per_call
    def resize(
        self,
        database_id: str,
        capacity_units: int,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database | None:
        """Set a classic database's capacity units; with `wait`, return it once ACTIVE again."""
        request = resize_request(database_id, capacity_units)
        return self._act(request, database_id, "ACTIVE", wait, timeout, poll_interval)

    @per_call
    def suspend(
        self, database_id: str, *, free_consumed: int | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Suspend a database (`free_consumed`: the percentage of free credits used, 0 to 100)."""
        percent = (
            UNSET if free_consumed is None else _validate.whole_number(free_consumed, "free_consumed", 0, 100)
        )
        request = ops.suspend_database(
            _validate.identifier(database_id, "database_id"), free_consumed=percent
        ).request()
        self._send(request, idempotent=True)

    @per_call
    def reset_password(
        self, database_id: str, username: str, password: str, *, extra_headers: Headers | None = None
    ) -> None:
        """Set the password of a database user."""
        self._send(password_request(database_id, username, password), idempotent=True)

    @per_call
    def wait_for_status(
        self,
        database_id: str,
        status: str,
        *,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database | None:
        """Poll until the database reaches `status` (None once TERMINATED and gone)."""
        target = _wait.target_status(status)
        database_id = _validate.identifier(database_id, "database_id")
        return _wait.wait_until(self.get, database_id, target, timeout=timeout, poll_interval=poll_interval)

    @per_call
    def secure_bundle_urls(
        self, database_id: str, *, extra_headers: Headers | None = None
    ) -> builtins.list[CredsURL]:
        """Pre-signed secure-bundle URLs, one entry per datacenter (the wire spells its id `datcenterID`)."""
        request = ops.generate_secure_bundle_url(
            _validate.identifier(database_id, "database_id"), all_=True
        ).request()
        data, response = self._json(request, idempotent=True)
        return bundle_entries(data, response)

    @per_call
    def download_secure_bundle(
        self,
        database_id: str,
        path: str | Path,
        *,
        datacenter_id: str | None = None,
        kind: str = "external",
        extra_headers: Headers | None = None,
    ) -> Path:
        """Download a secure connect bundle to `path`, atomically; the token and `extra_headers` go to the
        API only, never to storage."""
        kind, destination = _bundle_kind(kind), _transport.check_destination(path)
        url = bundle_url(self.secure_bundle_urls(database_id), datacenter_id, kind)
        return self._http.download(url, destination)

    update_engine_type = endpoint(ops.update_engine_type, NO_BODY, idempotent=True)

    def _check_group(self, body: DatabaseInfoCreate) -> None:
        request, find = group_lookup(body)
        try:
            group = find(self._send(request))
        except (NotFoundError, BadRequestError):
            group = None
        check_group(group, body)

    def _first_sight(self, database_id: str, timeout: float, poll_interval: float | None) -> Database:
        """The new database as first read, a 404 in the window after its create waited out."""
        with _wait.waiting(timeout, poll_interval) as deadline:
            seen = _wait.follow(
                lambda: self.get(database_id),
                _sighted,
                FIRST_SIGHT,
                database_id,
                deadline=deadline,
                poll_interval=poll_interval,
            )
        return _wait.present(seen, database_id, VISIBLE)

    def _existing(self, body: DatabaseInfoCreate, if_exists: str | None) -> Database | None:
        if if_exists is None:
            return None
        listed: builtins.list[Database] = []
        for page in self.list().pages():
            listed.extend(page.items)
        return live_named(listed, body, if_exists)

    def _ended(self, database_id: str) -> bool:
        """Whether the database is TERMINATING, TERMINATED or gone."""
        try:
            return _wait.status_of(self.get(database_id)) in _wait.ENDED
        except NotFoundError:
            return True

    def _act(
        self,
        request: dict[str, Any],
        database_id: str,
        target: str,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
    ) -> Database | None:
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            self._send(request, idempotent=True)
            return None
        return _wait.change(
            lambda: self._send(request, idempotent=True),
            self.get,
            database_id,
            target,
            timeout=timeout,
            poll_interval=poll_interval,
        )


class AsyncDatabases(AsyncResource):
    """Databases of the organization (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncDatabasesWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncDatabasesWithRawResponse(self)

    @per_call
    def list(
        self,
        include: str | None = None,
        provider: str | None = None,
        page_size: int = 100,
        *,
        max_items: int | None = None,
        starting_after: str | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPageIterator[Database]:
        """Every database, page by page as you iterate (`include`: nonterminated by default, all...);
        `.pages()` yields the pages, `max_items` stops early, `starting_after` resumes after a cursor;
        `extra_headers` go with every page."""
        size = _page_size(page_size, include, provider)
        limit, cursor = resume_point(max_items, starting_after)
        headers = call_headers()
        return AsyncPageIterator(
            lambda after, limit: self._page(include, provider, after, limit, headers),
            size,
            max_items=limit,
            starting_after=cursor,
        )

    async def _page(
        self, include: str | None, provider: str | None, after: str | None, limit: int, headers: Headers
    ) -> builtins.list[Database]:
        request = list_request(include, provider, after, limit)
        data, response = await self._json(request, extra_headers=headers)
        return parse_models(Database, data, response)

    @per_call
    async def get(self, database_id: str, *, extra_headers: Headers | None = None) -> Database:
        """One database, with its current status."""
        request = ops.get_database(_validate.identifier(database_id, "database_id")).request()
        data, response = await self._json(request)
        return parse_model(Database, data, response)

    @per_call
    async def create(
        self,
        *,
        name: str,
        cloud_provider: str,
        region: str,
        keyspace: str | None = None,
        tier: str = "serverless",
        capacity_units: int = 1,
        db_type: str | Unset | None = UNSET,
        pcu_group_id: str | None = None,
        if_exists: str | None = None,
        wait: bool = True,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database:
        """Create a database; with `wait`, return it once ACTIVE (OperationFailedError if it fails),
        without, return it as first read (a 404 right after the create is waited out, see waiting.md).

        `db_type` left out is "vector" on the serverless tier and none on the others.
        `if_exists="return"` returns the live database of that name (waiting for it like a new
        one) instead of making a second; `"error"` raises ConfigurationError; None (the default)
        does not look.
        """
        body = create_body(
            name, cloud_provider, region, keyspace, tier, capacity_units, db_type, pcu_group_id
        )
        choice = if_exists_choice(if_exists)
        _wait.check_wait(timeout, poll_interval)
        if body.pcu_group_uuid:
            await self._check_group(body)
        found = await self._existing(body, choice)
        database_id = (
            found.id if found else created_id(await self._send(ops.create_database(body=body).request()))
        )
        if not wait:
            return found or await self._first_sight(database_id, timeout, poll_interval)
        ready = await _wait.async_wait_until(
            self.get, database_id, "ACTIVE", timeout=timeout, poll_interval=poll_interval, created=True
        )
        return _present(database_id, ready)

    @per_call
    async def terminate(
        self,
        database_id: str,
        *,
        missing_ok: bool = False,
        wait: bool = True,
        timeout: float = 900,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> None:
        """Terminate a database; with `wait`, return once it is TERMINATED (or gone).

        `missing_ok=True`: a database already TERMINATING, TERMINATED or gone (404) is not an
        error (with `wait`, a TERMINATING one is still waited for).
        """
        request = ops.terminate_database(_validate.identifier(database_id, "database_id")).request()
        if missing_ok and await self._ended(database_id):
            _wait.check_wait(timeout, poll_interval)
            if wait:
                await self.wait_for_status(
                    database_id, _wait.GONE, timeout=timeout, poll_interval=poll_interval
                )
            return
        await self._act(request, database_id, "TERMINATED", wait, timeout, poll_interval)

    @per_call
    async def park(
        self,
        database_id: str,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database | None:
        """Park a classic database; with `wait`, return it once PARKED."""
        request = ops.park_database(_validate.identifier(database_id, "database_id")).request()
        return await self._act(request, database_id, "PARKED", wait, timeout, poll_interval)

    @per_call
    async def unpark(
        self,
        database_id: str,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database | None:
        """Unpark a classic database; with `wait`, return it once ACTIVE."""
        request = ops.unpark_database(_validate.identifier(database_id, "database_id")).request()
        return await self._act(request, database_id, "ACTIVE", wait, timeout, poll_interval)

    @per_call
    async def resize(
        self,
        database_id: str,
        capacity_units: int,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database | None:
        """Set a classic database's capacity units; with `wait`, return it once ACTIVE again."""
        request = resize_request(database_id, capacity_units)
        return await self._act(request, database_id, "ACTIVE", wait, timeout, poll_interval)

    @per_call
    async def suspend(
        self, database_id: str, *, free_consumed: int | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Suspend a database (`free_consumed`: the percentage of free credits used, 0 to 100)."""
        percent = (
            UNSET if free_consumed is None else _validate.whole_number(free_consumed, "free_consumed", 0, 100)
        )
        request = ops.suspend_database(
            _validate.identifier(database_id, "database_id"), free_consumed=percent
        ).request()
        await self._send(request, idempotent=True)

    @per_call
    async def reset_password(
        self, database_id: str, username: str, password: str, *, extra_headers: Headers | None = None
    ) -> None:
        """Set the password of a database user."""
        await self._send(password_request(database_id, username, password), idempotent=True)

    @per_call
    async def wait_for_status(
        self,
        database_id: str,
        status: str,
        *,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database | None:
        """Poll until the database reaches `status` (None once TERMINATED and gone)."""
        target = _wait.target_status(status)
        database_id = _validate.identifier(database_id, "database_id")
        return await _wait.async_wait_until(
            self.get, database_id, target, timeout=timeout, poll_interval=poll_interval
        )

    @per_call
    async def secure_bundle_urls(
        self, database_id: str, *, extra_headers: Headers | None = None
    ) -> builtins.list[CredsURL]:
        """Pre-signed secure-bundle URLs, one entry per datacenter (the wire spells its id `datcenterID`)."""
        request = ops.generate_secure_bundle_url(
            _validate.identifier(database_id, "database_id"), all_=True
        ).request()
        data, response = await self._json(request, idempotent=True)
        return bundle_entries(data, response)

    @per_call
    async def download_secure_bundle(
        self,
        database_id: str,
        path: str | Path,
        *,
        datacenter_id: str | None = None,
        kind: str = "external",
        extra_headers: Headers | None = None,
    ) -> Path:
        """Download a secure connect bundle to `path`, atomically; the token and `extra_headers` go to the
        API only, never to storage."""
        kind, destination = _bundle_kind(kind), _transport.check_destination(path)
        url = bundle_url(await self.secure_bundle_urls(database_id), datacenter_id, kind)
        return await self._http.download(url, destination)

    update_engine_type = async_endpoint(ops.update_engine_type, NO_BODY, idempotent=True)

    async def _check_group(self, body: DatabaseInfoCreate) -> None:
        request, find = group_lookup(body)
        try:
            group = find(await self._send(request))
        except (NotFoundError, BadRequestError):
            group = None
        check_group(group, body)

    async def _first_sight(self, database_id: str, timeout: float, poll_interval: float | None) -> Database:
        """The new database as first read, a 404 in the window after its create waited out."""
        with _wait.waiting(timeout, poll_interval) as deadline:
            seen = await _wait.async_follow(
                lambda: self.get(database_id),
                _sighted,
                FIRST_SIGHT,
                database_id,
                deadline=deadline,
                poll_interval=poll_interval,
            )
        return _wait.present(seen, database_id, VISIBLE)

    async def _existing(self, body: DatabaseInfoCreate, if_exists: str | None) -> Database | None:
        if if_exists is None:
            return None
        listed: builtins.list[Database] = []
        async for page in self.list().pages():
            listed.extend(page.items)
        return live_named(listed, body, if_exists)

    async def _ended(self, database_id: str) -> bool:
        """Whether the database is TERMINATING, TERMINATED or gone."""
        try:
            return _wait.status_of(await self.get(database_id)) in _wait.ENDED
        except NotFoundError:
            return True

    async def _act(
        self,
        request: dict[str, Any],
        database_id: str,
        target: str,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
    ) -> Database | None:
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            await self._send(request, idempotent=True)
            return None
        return await _wait.async_change(
            lambda: self._send(request, idempotent=True),
            self.get,
            database_id,
            target,
            timeout=timeout,
            poll_interval=poll_interval,
        )


def _present(database_id: str, database: Database | None) -> Database:
    if database is None:
        raise OperationFailedError(database_id, "ACTIVE", "gone")
    return database


class DatabasesWithRawResponse:
    """`client.databases.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, databases: Databases) -> None:
        self.get = raw_response(databases.get)
        self.create = raw_response(databases.create)
        self.terminate = raw_response(databases.terminate)
        self.park = raw_response(databases.park)
        self.unpark = raw_response(databases.unpark)
        self.resize = raw_response(databases.resize)
        self.suspend = raw_response(databases.suspend)
        self.reset_password = raw_response(databases.reset_password)
        self.wait_for_status = raw_response(databases.wait_for_status)
        self.secure_bundle_urls = raw_response(databases.secure_bundle_urls)
        self.download_secure_bundle = raw_response(databases.download_secure_bundle)
        self.update_engine_type = raw_response(databases.update_engine_type)


class AsyncDatabasesWithRawResponse:
    """`client.databases.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, databases: AsyncDatabases) -> None:
        self.get = async_raw_response(databases.get)
        self.create = async_raw_response(databases.create)
        self.terminate = async_raw_response(databases.terminate)
        self.park = async_raw_response(databases.park)
        self.unpark = async_raw_response(databases.unpark)
        self.resize = async_raw_response(databases.resize)
        self.suspend = async_raw_response(databases.suspend)
        self.reset_password = async_raw_response(databases.reset_password)
        self.wait_for_status = async_raw_response(databases.wait_for_status)
        self.secure_bundle_urls = async_raw_response(databases.secure_bundle_urls)
        self.download_secure_bundle = async_raw_response(databases.download_secure_bundle)
        self.update_engine_type = async_raw_response(databases.update_engine_type)
