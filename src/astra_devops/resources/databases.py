"""`client.databases`: list, create, wait for, change and terminate databases."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
from astra_devops_api.api.database_operations import (
    create_database,
    generate_secure_bundle_url,
    get_database,
    list_databases,
    park_database,
    reset_password,
    resize_database,
    suspend_database,
    terminate_database,
    unpark_database,
)
from astra_devops_api.models.capacity_units import CapacityUnits
from astra_devops_api.models.creds_url import CredsURL
from astra_devops_api.models.database import Database
from astra_devops_api.models.database_info_create import DatabaseInfoCreate
from astra_devops_api.models.database_info_create_cloud_provider import DatabaseInfoCreateCloudProvider
from astra_devops_api.models.database_info_create_db_type import DatabaseInfoCreateDbType
from astra_devops_api.models.database_info_create_tier import DatabaseInfoCreateTier
from astra_devops_api.models.list_databases_include import ListDatabasesInclude
from astra_devops_api.models.list_databases_provider import ListDatabasesProvider
from astra_devops_api.models.user_password import UserPassword
from astra_devops_api.types import UNSET

from .. import _operations as ops
from .. import _quirks, _transport, _validate, _wait
from .._endpoints import NO_BODY, async_endpoint, endpoint
from .._pagination import MAX_PAGE_SIZE, AsyncPages, SyncPages
from .._parsing import parse_model, parse_models
from .._resource import AsyncResource, SyncResource
from ..errors import APIResponseValidationError, ConfigurationError, OperationFailedError

BUNDLE_KINDS = {
    "external": "download_url",
    "internal": "download_url_internal",
    "migration-proxy": "download_url_migration_proxy",
}


def list_request(include: str | None, provider: str | None, after: str | None, limit: int) -> dict[str, Any]:
    return list_databases._get_kwargs(
        include=ListDatabasesInclude(include.lower()) if include else UNSET,
        provider=ListDatabasesProvider(provider.upper()) if provider else UNSET,
        starting_after=after if after is not None else UNSET,
        limit=limit,
    )


def _page_size(page_size: int, include: str | None, provider: str | None) -> int:
    size = _validate.whole_number(page_size, "page_size", 1, MAX_PAGE_SIZE)
    if include is not None:
        _validate.choice(include.lower(), "include filter", [item.value for item in ListDatabasesInclude])
    if provider is not None:
        _validate.choice(provider.upper(), "provider filter", [item.value for item in ListDatabasesProvider])
    return size


def create_request(
    name: str,
    cloud_provider: str,
    region: str,
    keyspace: str | None,
    tier: str,
    capacity_units: int,
    db_type: str,
) -> dict[str, Any]:
    """The createDatabase request, every argument checked first."""
    tier = _validate.tier(tier)
    body = DatabaseInfoCreate(
        name=_validate.identifier(name, "name"),
        cloud_provider=DatabaseInfoCreateCloudProvider(_validate.cloud_provider(cloud_provider)),
        tier=DatabaseInfoCreateTier(tier),
        capacity_units=_validate.capacity_units(capacity_units, tier),
        region=_validate.identifier(region, "region"),
        keyspace=_validate.keyspace_name(keyspace) if keyspace is not None else UNSET,
        db_type=DatabaseInfoCreateDbType(_validate.db_type(db_type)),
    )
    return create_database._get_kwargs(body=body)


def created_id(response: httpx.Response) -> str:
    """The new database's id, from the `Location` header of the 201 (there is no body)."""
    location = response.headers.get("location")
    if not location:
        raise APIResponseValidationError(response, "the 201 for a new database carries no Location header")
    return _quirks.database_id_from_location(location)


def bundle_entries(data: Any, response: httpx.Response) -> list[CredsURL]:
    """One entry per datacenter, whether the API answered an object or an array."""
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


def _bundle_kind(kind: str) -> str:
    return _validate.choice(kind, "bundle kind", BUNDLE_KINDS)


class Databases(SyncResource):
    """Databases of the organization."""

    def list(
        self, include: str | None = None, provider: str | None = None, page_size: int = 100
    ) -> Iterator[Database]:
        """Every database, page by page as you iterate (`include`: nonterminated by default, all...)."""
        size = _page_size(page_size, include, provider)
        return iter(SyncPages(lambda after, limit: self._page(include, provider, after, limit), size))

    def _page(
        self, include: str | None, provider: str | None, after: str | None, limit: int
    ) -> builtins.list[Database]:
        data, response = self._json(list_request(include, provider, after, limit))
        return parse_models(Database, data, response)

    def get(self, database_id: str) -> Database:
        """One database, with its current status."""
        request = get_database._get_kwargs(_validate.identifier(database_id, "database_id"))
        data, response = self._json(request)
        return parse_model(Database, data, response)

    def create(
        self,
        *,
        name: str,
        cloud_provider: str,
        region: str,
        keyspace: str | None = None,
        tier: str = "serverless",
        capacity_units: int = 1,
        db_type: str = "vector",
        wait: bool = True,
        timeout: float = 600,
        poll_interval: float | None = None,
    ) -> Database:
        """Create a database; with `wait`, return it once ACTIVE (OperationFailedError if it fails)."""
        request = create_request(name, cloud_provider, region, keyspace, tier, capacity_units, db_type)
        _wait.check_wait(timeout, poll_interval)
        database_id = created_id(self._send(request))
        if not wait:
            return self.get(database_id)
        ready = _wait.wait_until(
            self.get, database_id, "ACTIVE", timeout=timeout, poll_interval=poll_interval
        )
        return _present(database_id, ready)

    def terminate(
        self, database_id: str, *, wait: bool = True, timeout: float = 900, poll_interval: float | None = None
    ) -> None:
        """Terminate a database; with `wait`, return once it is TERMINATED (or gone)."""
        request = terminate_database._get_kwargs(_validate.identifier(database_id, "database_id"))
        self._act(request, database_id, "TERMINATED", wait, timeout, poll_interval)

    def park(
        self,
        database_id: str,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
    ) -> Database | None:
        """Park a classic database; with `wait`, return it once PARKED."""
        request = park_database._get_kwargs(_validate.identifier(database_id, "database_id"))
        return self._act(request, database_id, "PARKED", wait, timeout, poll_interval)

    def unpark(
        self,
        database_id: str,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
    ) -> Database | None:
        """Unpark a classic database; with `wait`, return it once ACTIVE."""
        request = unpark_database._get_kwargs(_validate.identifier(database_id, "database_id"))
        return self._act(request, database_id, "ACTIVE", wait, timeout, poll_interval)

    def resize(
        self,
        database_id: str,
        capacity_units: int,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
    ) -> Database | None:
        """Set a classic database's capacity units; with `wait`, return it once ACTIVE again."""
        body = CapacityUnits(capacity_units=_validate.capacity_units(capacity_units))
        request = resize_database._get_kwargs(_validate.identifier(database_id, "database_id"), body=body)
        return self._act(request, database_id, "ACTIVE", wait, timeout, poll_interval)

    def suspend(self, database_id: str, *, free_consumed: int | None = None) -> None:
        """Suspend a database (`free_consumed`: the percentage of free credits used, 0 to 100)."""
        percent = (
            UNSET if free_consumed is None else _validate.whole_number(free_consumed, "free_consumed", 0, 100)
        )
        request = suspend_database._get_kwargs(
            _validate.identifier(database_id, "database_id"), free_consumed=percent
        )
        self._send(request, idempotent=True)

    def reset_password(self, database_id: str, username: str, password: str) -> None:
        """Set the password of a database user."""
        body = UserPassword(username=_validate.identifier(username, "username"), password=password)
        if not isinstance(password, str) or not password:
            raise ConfigurationError("password must be a non-empty string")
        request = reset_password._get_kwargs(_validate.identifier(database_id, "database_id"), body=body)
        self._send(request, idempotent=True)

    def wait_for_status(
        self, database_id: str, status: str, *, timeout: float = 600, poll_interval: float | None = None
    ) -> Database | None:
        """Poll until the database reaches `status` (None once TERMINATED and gone)."""
        target = _wait.target_status(status)
        database_id = _validate.identifier(database_id, "database_id")
        return _wait.wait_until(self.get, database_id, target, timeout=timeout, poll_interval=poll_interval)

    def secure_bundle_urls(self, database_id: str) -> builtins.list[CredsURL]:
        """Pre-signed secure-bundle URLs, one entry per datacenter (the wire spells its id `datcenterID`)."""
        request = generate_secure_bundle_url._get_kwargs(
            _validate.identifier(database_id, "database_id"), all_=True
        )
        data, response = self._json(request, idempotent=True)
        return bundle_entries(data, response)

    def download_secure_bundle(
        self, database_id: str, path: str | Path, *, datacenter_id: str | None = None, kind: str = "external"
    ) -> Path:
        """Download a secure connect bundle to `path`, atomically; never sends the token to storage."""
        kind, destination = _bundle_kind(kind), _transport.check_destination(path)
        url = bundle_url(self.secure_bundle_urls(database_id), datacenter_id, kind)
        return self._http.download(url, destination)

    update_engine_type = endpoint(ops.update_engine_type, NO_BODY, idempotent=True)

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

    def list(
        self, include: str | None = None, provider: str | None = None, page_size: int = 100
    ) -> AsyncIterator[Database]:
        """Every database, page by page as you iterate (`include`: nonterminated by default, all...)."""
        size = _page_size(page_size, include, provider)
        return aiter(AsyncPages(lambda after, limit: self._page(include, provider, after, limit), size))

    async def _page(
        self, include: str | None, provider: str | None, after: str | None, limit: int
    ) -> builtins.list[Database]:
        data, response = await self._json(list_request(include, provider, after, limit))
        return parse_models(Database, data, response)

    async def get(self, database_id: str) -> Database:
        """One database, with its current status."""
        request = get_database._get_kwargs(_validate.identifier(database_id, "database_id"))
        data, response = await self._json(request)
        return parse_model(Database, data, response)

    async def create(
        self,
        *,
        name: str,
        cloud_provider: str,
        region: str,
        keyspace: str | None = None,
        tier: str = "serverless",
        capacity_units: int = 1,
        db_type: str = "vector",
        wait: bool = True,
        timeout: float = 600,
        poll_interval: float | None = None,
    ) -> Database:
        """Create a database; with `wait`, return it once ACTIVE (OperationFailedError if it fails)."""
        request = create_request(name, cloud_provider, region, keyspace, tier, capacity_units, db_type)
        _wait.check_wait(timeout, poll_interval)
        database_id = created_id(await self._send(request))
        if not wait:
            return await self.get(database_id)
        ready = await _wait.async_wait_until(
            self.get, database_id, "ACTIVE", timeout=timeout, poll_interval=poll_interval
        )
        return _present(database_id, ready)

    async def terminate(
        self, database_id: str, *, wait: bool = True, timeout: float = 900, poll_interval: float | None = None
    ) -> None:
        """Terminate a database; with `wait`, return once it is TERMINATED (or gone)."""
        request = terminate_database._get_kwargs(_validate.identifier(database_id, "database_id"))
        await self._act(request, database_id, "TERMINATED", wait, timeout, poll_interval)

    async def park(
        self,
        database_id: str,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
    ) -> Database | None:
        """Park a classic database; with `wait`, return it once PARKED."""
        request = park_database._get_kwargs(_validate.identifier(database_id, "database_id"))
        return await self._act(request, database_id, "PARKED", wait, timeout, poll_interval)

    async def unpark(
        self,
        database_id: str,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
    ) -> Database | None:
        """Unpark a classic database; with `wait`, return it once ACTIVE."""
        request = unpark_database._get_kwargs(_validate.identifier(database_id, "database_id"))
        return await self._act(request, database_id, "ACTIVE", wait, timeout, poll_interval)

    async def resize(
        self,
        database_id: str,
        capacity_units: int,
        *,
        wait: bool = True,
        timeout: float = 1800,
        poll_interval: float | None = None,
    ) -> Database | None:
        """Set a classic database's capacity units; with `wait`, return it once ACTIVE again."""
        body = CapacityUnits(capacity_units=_validate.capacity_units(capacity_units))
        request = resize_database._get_kwargs(_validate.identifier(database_id, "database_id"), body=body)
        return await self._act(request, database_id, "ACTIVE", wait, timeout, poll_interval)

    async def suspend(self, database_id: str, *, free_consumed: int | None = None) -> None:
        """Suspend a database (`free_consumed`: the percentage of free credits used, 0 to 100)."""
        percent = (
            UNSET if free_consumed is None else _validate.whole_number(free_consumed, "free_consumed", 0, 100)
        )
        request = suspend_database._get_kwargs(
            _validate.identifier(database_id, "database_id"), free_consumed=percent
        )
        await self._send(request, idempotent=True)

    async def reset_password(self, database_id: str, username: str, password: str) -> None:
        """Set the password of a database user."""
        body = UserPassword(username=_validate.identifier(username, "username"), password=password)
        if not isinstance(password, str) or not password:
            raise ConfigurationError("password must be a non-empty string")
        request = reset_password._get_kwargs(_validate.identifier(database_id, "database_id"), body=body)
        await self._send(request, idempotent=True)

    async def wait_for_status(
        self, database_id: str, status: str, *, timeout: float = 600, poll_interval: float | None = None
    ) -> Database | None:
        """Poll until the database reaches `status` (None once TERMINATED and gone)."""
        target = _wait.target_status(status)
        database_id = _validate.identifier(database_id, "database_id")
        return await _wait.async_wait_until(
            self.get, database_id, target, timeout=timeout, poll_interval=poll_interval
        )

    async def secure_bundle_urls(self, database_id: str) -> builtins.list[CredsURL]:
        """Pre-signed secure-bundle URLs, one entry per datacenter (the wire spells its id `datcenterID`)."""
        request = generate_secure_bundle_url._get_kwargs(
            _validate.identifier(database_id, "database_id"), all_=True
        )
        data, response = await self._json(request, idempotent=True)
        return bundle_entries(data, response)

    async def download_secure_bundle(
        self, database_id: str, path: str | Path, *, datacenter_id: str | None = None, kind: str = "external"
    ) -> Path:
        """Download a secure connect bundle to `path`, atomically; never sends the token to storage."""
        kind, destination = _bundle_kind(kind), _transport.check_destination(path)
        url = bundle_url(await self.secure_bundle_urls(database_id), datacenter_id, kind)
        return await self._http.download(url, destination)

    update_engine_type = async_endpoint(ops.update_engine_type, NO_BODY, idempotent=True)

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
