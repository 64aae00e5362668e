# Generated from _async/databases.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.databases`."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Unpack, overload

from astra_devops_api.models.database import Database
from astra_devops_api.types import UNSET, Unset

from .. import _operations as ops
from .. import _statuses, _transport, _validate, _wait
from .._endpoints import NO_BODY, Step, Unwaited, Waited, Waiting, Waits
from .._parsing import parse_model, parse_models
from .._requests.databases import (
    FIRST_SIGHT,
    VISIBLE,
    bundle_entries,
    bundle_kind,
    bundle_url,
    check_group,
    checked_page_size,
    create_body,
    created_id,
    group_lookup,
    if_exists_choice,
    list_request,
    live_named,
    password_request,
    present_or_gone,
    resize_call,
    resume_point,
    sighted,
)
from .._resource import Headers, call_headers, per_call
from .._validate import (
    BundleKind,
    CloudProvider,
    DatabaseStatus,
    DbType,
    IfExists,
    IncludeFilter,
    LiveStatus,
    ProviderFilter,
    Tier,
)
from ..errors import BadRequestError, NotFoundError
from . import _poll
from ._endpoints import action, endpoint
from ._pagination import PageIterator
from ._raw import DatabasesWithRawResponse
from ._resource import SyncResource

if TYPE_CHECKING:
    from astra_devops_api.models.creds_url import CredsURL
    from astra_devops_api.models.database_info_create import DatabaseInfoCreate


class ParkDatabaseCall(Protocol):
    @overload
    def __call__(self, database_id: str, **options: Unpack[Waited]) -> Database: ...
    @overload
    def __call__(self, database_id: str, **options: Unpack[Unwaited]) -> None: ...
    @overload
    def __call__(self, database_id: str, **options: Unpack[Waiting]) -> Database | None: ...


class ResizeCall(Protocol):
    @overload
    def __call__(self, database_id: str, capacity_units: int, **options: Unpack[Waited]) -> Database: ...
    @overload
    def __call__(self, database_id: str, capacity_units: int, **options: Unpack[Unwaited]) -> None: ...
    @overload
    def __call__(
        self, database_id: str, capacity_units: int, **options: Unpack[Waiting]
    ) -> Database | None: ...


DATABASE: Waits[ParkDatabaseCall] = Waits("database", {"database_id": "The database's id."}, "Database", True)
RESIZE: Waits[ResizeCall] = Waits(
    "database",
    DATABASE.ids,
    "Database",
    True,
    arguments={"capacity_units": ("int", "The new capacity units, 1 to 100.")},
)


class Databases(SyncResource[DatabasesWithRawResponse]):
    """Databases of the organization."""

    @per_call
    def list(
        self,
        include: IncludeFilter | None = None,
        provider: ProviderFilter | None = None,
        page_size: int = 100,
        *,
        max_items: int | None = None,
        starting_after: str | None = None,
        extra_headers: Headers | None = None,
    ) -> PageIterator[Database]:
        """Every database, page by page as you iterate (`include`: nonterminated by default, all...);
        `.pages()` yields the pages, `max_items` stops early, `starting_after` resumes after a cursor;
        `extra_headers` go with every page.

        Args:
            include: Which databases by status, in any case: `nonterminated` (the API's default), `all`,
                `active`, `parked`, `terminated`...
            provider: Only the databases of one cloud provider (AWS, GCP, AZURE), or ALL.
            page_size: How many databases each request asks for, 1 to 100.
            max_items: Stop after this many databases; None reads them all.
            starting_after: Resume after this database id (the cursor of an earlier page).
            extra_headers: Headers sent with every page's request (never Authorization).
        """
        size = checked_page_size(page_size, include, provider)
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
        """One database, with its current status.

        Args:
            database_id: The database's id.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        request = ops.get_database(_validate.identifier(database_id, "database_id")).request()
        data, response = self._json(request)
        return parse_model(Database, data, response)

    @per_call
    def create(
        self,
        *,
        name: str,
        cloud_provider: CloudProvider,
        region: str,
        keyspace: str | None = None,
        tier: Tier = "serverless",
        capacity_units: int = 1,
        db_type: DbType | Unset | None = UNSET,
        pcu_group_id: str | None = None,
        if_exists: IfExists | None = None,
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

        Args:
            name: The database's name; with `if_exists`, the name looked for among the live databases.
            cloud_provider: AWS, GCP or AZURE, in any case.
            region: The cloud provider's region, for example `us-east-1`.
            keyspace: The first keyspace's name; None leaves the name to the API.
            tier: `serverless` (the default), `developer`, or a classic tier (C10, C20, C40, D10, D20, D40).
            capacity_units: 1 on the serverless and developer tiers; 1 to 12 for a classic database.
            db_type: `vector` (the default on the serverless tier) or None for a database without vector
                search; only the serverless tier takes it.
            pcu_group_id: Create the database in this PCU group (serverless tier only; the group must be in
                the same provider and region).
            if_exists: `return`: a live database of that name is returned (and waited for) instead of a second
                one; `error`: ConfigurationError; None does not look.
            wait: Wait until the database is ACTIVE; False returns as soon as the API accepted the request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
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
        ready = _poll.settle(
            self.get,
            database_id,
            "ACTIVE",
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._http._sleep,
            created=True,
        )
        return present_or_gone(database_id, ready)

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

        Args:
            database_id: The database's id.
            missing_ok: A database already TERMINATING, TERMINATED or gone is not an error.
            wait: Wait until the database is TERMINATED or gone; False returns as soon as the API accepted the
                request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        request = ops.terminate_database(_validate.identifier(database_id, "database_id")).request()
        if missing_ok and self._ended(database_id):
            _wait.check_wait(timeout, poll_interval)
            if wait:
                self.wait_for_status(database_id, _wait.GONE, timeout=timeout, poll_interval=poll_interval)
            return
        self._act(request, database_id, "terminate", wait, timeout, poll_interval)

    park = action(DATABASE, ops.park_database, "Park a classic database", "PARKED", 1800)
    unpark = action(DATABASE, ops.unpark_database, "Unpark a classic database", "ACTIVE", 1800)

    resize = action(RESIZE, resize_call, "Set a classic database's capacity units", "ACTIVE again", 1800)

    @per_call
    def suspend(
        self, database_id: str, *, free_consumed: int | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Suspend a database (`free_consumed`: the percentage of free credits used, 0 to 100).

        Args:
            database_id: The database's id.
            free_consumed: The percentage of free credits used, 0 to 100; None sends none.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
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
        """Set the password of a database user.

        Args:
            database_id: The database's id.
            username: The database user whose password changes.
            password: The new password (never logged).
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        self._send(password_request(database_id, username, password), idempotent=True)

    @overload
    def wait_for_status(
        self,
        database_id: str,
        status: LiveStatus,
        *,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database: ...
    @overload
    def wait_for_status(
        self,
        database_id: str,
        status: DatabaseStatus,
        *,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database | None: ...
    @per_call
    def wait_for_status(
        self,
        database_id: str,
        status: DatabaseStatus,
        *,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Database | None:
        """Poll until the database reaches `status` (None once TERMINATED and gone).

        Args:
            database_id: The database's id.
            status: The status to reach, such as ACTIVE or PARKED; TERMINATED also ends when the database is
                gone (then None is returned).
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        target = _wait.target_status(status)
        database_id = _validate.identifier(database_id, "database_id")
        return _poll.settle(
            self.get,
            database_id,
            target,
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._http._sleep,
        )

    @per_call
    def secure_bundle_urls(
        self, database_id: str, *, extra_headers: Headers | None = None
    ) -> builtins.list[CredsURL]:
        """Pre-signed secure-bundle URLs, one entry per datacenter (the wire spells its id `datcenterID`).

        Args:
            database_id: The database's id.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
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
        kind: BundleKind = "external",
        extra_headers: Headers | None = None,
    ) -> Path:
        """Download a secure connect bundle to `path`, atomically; the token and `extra_headers` go to the
        API only, never to storage.

        Args:
            database_id: The database's id.
            path: The file to write; written to a temporary file first, then renamed.
            datacenter_id: The datacenter whose bundle to take; None takes the first.
            kind: `external` (the default), `internal` or `migration-proxy`.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        kind, destination = bundle_kind(kind), _transport.check_destination(path)
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
            seen = self._reach(
                FIRST_SIGHT, database_id, lambda: self.get(database_id), sighted, deadline, poll_interval
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

    def _action(self, step: Step) -> Database | None:
        return self._act(
            step.call.request(), step.ids[0], step.action, step.wait, step.timeout, step.poll_interval
        )

    def _act(
        self,
        request: dict[str, Any],
        database_id: str,
        action: str,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
    ) -> Database | None:
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            self._send(request, idempotent=True)
            return None
        return _poll.settle(
            self.get,
            database_id,
            _statuses.GOAL[action],
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._http._sleep,
            send=lambda: self._send(request, idempotent=True),
            action=action,
        )
