# Generated from _async/keyspaces.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.keyspaces`."""

from __future__ import annotations

from .. import _operations as ops
from .. import _validate, _wait
from .._endpoints import NO_BODY
from .._requests.keyspaces import Build, already, if_exists_choice, keyspaces_of
from .._resource import Headers, per_call
from ..errors import NotFoundError
from . import _poll
from ._endpoints import endpoint
from ._raw import KeyspacesWithRawResponse
from ._resource import SyncResource


class Keyspaces(SyncResource[KeyspacesWithRawResponse]):
    """Keyspaces of a database. Changing them puts the database in MAINTENANCE for a while."""

    @per_call
    def list(self, database_id: str, *, extra_headers: Headers | None = None) -> list[str]:
        """The names of the database's keyspaces.

        Args:
            database_id: The database's id.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        return keyspaces_of(self._client.databases.get(database_id))

    @per_call
    def create(
        self,
        database_id: str,
        name: str,
        *,
        if_exists: _validate.IfExists | None = None,
        wait: bool = True,
        timeout: float = 600,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> None:
        """Add a keyspace; with `wait`, return once the database is ACTIVE and lists it.

        `if_exists="return"`: a keyspace already listed is left as it is; `"error"`: it raises.

        Args:
            database_id: The database's id.
            name: The keyspace's name: a letter, then letters, digits or _, 48 at most.
            if_exists: `return`: a keyspace already listed is left as it is; `error`: ConfigurationError; None
                does not look.
            wait: Wait until the database is ACTIVE and lists the keyspace; False returns as soon as the API
                accepted the request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
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

        Args:
            database_id: The database's id.
            name: The keyspace's name.
            missing_ok: A keyspace (or database) already gone is not an error.
            wait: Wait until the database is ACTIVE and no longer lists the keyspace; False returns as soon as
                the API accepted the request.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
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
        _poll.settle(
            self._client.databases.get,
            database_id,
            "ACTIVE",
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._http._sleep,
            send=lambda: self._send(request),
            ready=lambda db: (name in keyspaces_of(db)) == present,
            created=present,
        )
