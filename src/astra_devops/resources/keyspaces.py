"""`client.keyspaces`: the keyspaces of a database.

`create(..., if_exists="return")` leaves a keyspace already listed as it is ("error" raises
ConfigurationError), and `delete(..., missing_ok=True)` returns when the keyspace (or its
database) is already gone: both safe to repeat.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from .. import _operations as ops
from .. import _validate, _wait
from .._endpoints import NO_BODY, Call, async_endpoint, endpoint
from .._resource import AsyncResource, Headers, SyncResource, async_raw_response, per_call, raw_response
from ..errors import ConfigurationError, NotFoundError

if TYPE_CHECKING:
    from astra_devops_api.models.database import Database

Build = Callable[[str, str], Call]


def keyspaces_of(database: Database) -> list[str]:
    """The keyspace names: the live API's `keyspaces` when sent, else `keyspace` and `additionalKeyspaces`."""
    info = database.info
    listed = info.additional_properties.get("keyspaces")
    if isinstance(listed, list):
        return [str(name) for name in listed]
    names = [info.keyspace] if isinstance(info.keyspace, str) else []
    return names + [name for name in info.additional_keyspaces or [] if name not in names]


def already(listed: list[str], name: str, if_exists: str) -> bool:
    """Whether `name` is listed (with `if_exists="error"`, ConfigurationError if it is)."""
    if name in listed and if_exists == "error":
        raise ConfigurationError(f"keyspace {name!r} already exists")
    return name in listed


def if_exists_choice(if_exists: str | None) -> str | None:
    return None if if_exists is None else _validate.choice(if_exists, "if_exists", ("error", "return"))


class Keyspaces(SyncResource):
    """Keyspaces of a database. Changing them puts the database in MAINTENANCE for a while."""

    @cached_property
    def with_raw_response(self) -> KeyspacesWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return KeyspacesWithRawResponse(self)

    @per_call
    def list(self, database_id: str, *, extra_headers: Headers | None = None) -> list[str]:
        """The names of the database's keyspaces."""
        return keyspaces_of(self._client.databases.get(database_id))

    @per_call
    def create(
        self,
        database_id: str,
        name: str,
        *,
        if_exists: str | None = None,
        wait: bool = True,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> None:
        """Add a keyspace; with `wait`, return once the database is ACTIVE and lists it.

        `if_exists="return"`: a keyspace already listed is left as it is; `"error"`: it raises.
        """
        choice = if_exists_choice(if_exists)
        if choice and already(self.list(database_id), _validate.keyspace_name(name), choice):
            return
        self._change(ops.add_keyspace, database_id, name, True, wait, timeout, poll_interval)

    @per_call
    def delete(
        self,
        database_id: str,
        name: str,
        *,
        missing_ok: bool = False,
        wait: bool = True,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> None:
        """Remove a keyspace; with `wait`, return once the database is ACTIVE and no longer lists it.

        `missing_ok=True`: a keyspace (or database) already gone is not an error.
        """
        if missing_ok and not self._exists(database_id, _validate.keyspace_name(name)):
            return
        self._change(ops.remove_keyspace, database_id, name, False, wait, timeout, poll_interval)

    alter_with_graph_engine = endpoint(ops.alter_keyspace_with_graph_engine, NO_BODY, idempotent=True)
    create_solr_index = endpoint(ops.create_solr_index, NO_BODY)

    def _exists(self, database_id: str, name: str) -> bool:
        try:
            return name in self.list(database_id)
        except NotFoundError:
            return False

    def _change(
        self,
        build: Build,
        database_id: str,
        name: str,
        present: bool,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
    ) -> None:
        request = build(
            _validate.identifier(database_id, "database_id"), _validate.keyspace_name(name)
        ).request()
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            self._send(request)
            return
        _wait.change(
            lambda: self._send(request),
            self._client.databases.get,
            database_id,
            "ACTIVE",
            timeout=timeout,
            poll_interval=poll_interval,
            ready=lambda db: (name in keyspaces_of(db)) == present,
            created=present,
        )


class AsyncKeyspaces(AsyncResource):
    """Keyspaces of a database. Changing them puts the database in MAINTENANCE for a while (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncKeyspacesWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncKeyspacesWithRawResponse(self)

    @per_call
    async def list(self, database_id: str, *, extra_headers: Headers | None = None) -> list[str]:
        """The names of the database's keyspaces."""
        return keyspaces_of(await self._client.databases.get(database_id))

    @per_call
    async def create(
        self,
        database_id: str,
        name: str,
        *,
        if_exists: str | None = None,
        wait: bool = True,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> None:
        """Add a keyspace; with `wait`, return once the database is ACTIVE and lists it.

        `if_exists="return"`: a keyspace already listed is left as it is; `"error"`: it raises.
        """
        choice = if_exists_choice(if_exists)
        if choice and already(await self.list(database_id), _validate.keyspace_name(name), choice):
            return
        await self._change(ops.add_keyspace, database_id, name, True, wait, timeout, poll_interval)

    @per_call
    async def delete(
        self,
        database_id: str,
        name: str,
        *,
        missing_ok: bool = False,
        wait: bool = True,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> None:
        """Remove a keyspace; with `wait`, return once the database is ACTIVE and no longer lists it.

        `missing_ok=True`: a keyspace (or database) already gone is not an error.
        """
        if missing_ok and not await self._exists(database_id, _validate.keyspace_name(name)):
            return
        await self._change(ops.remove_keyspace, database_id, name, False, wait, timeout, poll_interval)

    alter_with_graph_engine = async_endpoint(ops.alter_keyspace_with_graph_engine, NO_BODY, idempotent=True)
    create_solr_index = async_endpoint(ops.create_solr_index, NO_BODY)

    async def _exists(self, database_id: str, name: str) -> bool:
        try:
            return name in await self.list(database_id)
        except NotFoundError:
            return False

    async def _change(
        self,
        build: Build,
        database_id: str,
        name: str,
        present: bool,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
    ) -> None:
        request = build(
            _validate.identifier(database_id, "database_id"), _validate.keyspace_name(name)
        ).request()
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            await self._send(request)
            return
        await _wait.async_change(
            lambda: self._send(request),
            self._client.databases.get,
            database_id,
            "ACTIVE",
            timeout=timeout,
            poll_interval=poll_interval,
            ready=lambda db: (name in keyspaces_of(db)) == present,
            created=present,
        )


class KeyspacesWithRawResponse:
    """`client.keyspaces.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, keyspaces: Keyspaces) -> None:
        self.list = raw_response(keyspaces.list)
        self.create = raw_response(keyspaces.create)
        self.delete = raw_response(keyspaces.delete)
        self.alter_with_graph_engine = raw_response(keyspaces.alter_with_graph_engine)
        self.create_solr_index = raw_response(keyspaces.create_solr_index)


class AsyncKeyspacesWithRawResponse:
    """`client.keyspaces.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, keyspaces: AsyncKeyspaces) -> None:
        self.list = async_raw_response(keyspaces.list)
        self.create = async_raw_response(keyspaces.create)
        self.delete = async_raw_response(keyspaces.delete)
        self.alter_with_graph_engine = async_raw_response(keyspaces.alter_with_graph_engine)
        self.create_solr_index = async_raw_response(keyspaces.create_solr_index)
