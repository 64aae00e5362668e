# Generated from _async/access_lists.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.access_lists`."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from astra_devops_api.models.access_list_response import AccessListResponse
from astra_devops_api.models.validation_response import ValidationResponse

from .. import _operations as ops
from .. import _validate
from .._endpoints import many, one
from .._requests.access_lists import (
    ACCESS_LIST,
    ACCESS_LISTS,
    delete_requests,
    entries,
    replace_request,
    update_request,
)
from .._resource import Headers, per_call
from ..errors import NotFoundError
from ._endpoints import ReadAll, ReadDatabase, endpoint, read
from ._raw import AccessListsWithRawResponse
from ._resource import SyncResource

if TYPE_CHECKING:
    from .._requests.access_lists import Address


class AccessLists(SyncResource[AccessListsWithRawResponse]):
    """IP access lists of databases."""

    list = read[ReadAll[builtins.list[AccessListResponse]]](ACCESS_LISTS)
    get = read[ReadDatabase[AccessListResponse]](ACCESS_LIST)

    @per_call
    def add(
        self, database_id: str, addresses: Iterable[Address], *, extra_headers: Headers | None = None
    ) -> None:
        """Add addresses (CIDR strings, mappings or AddressRequest) to a database's access list.

        Args:
            database_id: The database's id.
            addresses: The entries: CIDR strings (`10.0.0.0/24`, one address is a /32), mappings with
                `address`, `enabled` and `description`, or AddressRequest models.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        request = ops.add_addresses_to_access_list_for_database(
            _validate.identifier(database_id, "database_id"), body=entries(addresses)
        ).request()
        self._send(request, idempotent=True)

    @per_call
    def replace(
        self,
        database_id: str,
        addresses: Iterable[Address],
        *,
        enabled: bool = True,
        extra_headers: Headers | None = None,
    ) -> None:
        """Replace a database's whole access list.

        Args:
            database_id: The database's id.
            addresses: The entries: CIDR strings (`10.0.0.0/24`, one address is a /32), mappings with
                `address`, `enabled` and `description`, or AddressRequest models.
            enabled: Whether the access list is enabled once replaced.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        self._send(replace_request(database_id, addresses, enabled))

    @per_call
    def update(
        self, database_id: str, addresses: Iterable[Address], *, extra_headers: Headers | None = None
    ) -> None:
        """Change entries of a database's access list (matched by address).

        Args:
            database_id: The database's id.
            addresses: The entries: CIDR strings (`10.0.0.0/24`, one address is a /32), mappings with
                `address`, `enabled` and `description`, or AddressRequest models.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        self._send(update_request(database_id, addresses), idempotent=True)

    @per_call
    def delete(
        self,
        database_id: str,
        addresses: Iterable[str] | None = None,
        *,
        missing_ok: bool = False,
        extra_headers: Headers | None = None,
    ) -> None:
        """Remove these addresses (all of them, one request each), or the whole list when None
        (`missing_ok`: an address or database already gone, 404, is not an error).

        Args:
            database_id: The database's id.
            addresses: The addresses to remove, one request each; None removes the whole list.
            missing_ok: Treat a thing already gone (404) as done instead of raising NotFoundError.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        for request in delete_requests(database_id, addresses):
            try:
                self._send(request)
            except NotFoundError:
                if not missing_ok:
                    raise

    validate = endpoint(ops.validate_access_list, one(ValidationResponse))
    template = endpoint(ops.get_access_list_template, many(AccessListResponse))
