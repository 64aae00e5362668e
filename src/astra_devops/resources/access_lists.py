"""`client.access_lists`: the IP access lists that guard each database."""

from __future__ import annotations

import builtins
import ipaddress
from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx
from astra_devops_api.models.access_list_response import AccessListResponse
from astra_devops_api.models.validation_response import ValidationResponse

from .. import _operations as ops
from .. import _quirks, _validate
from .._endpoints import async_endpoint, endpoint, many, one
from .._parsing import parse_model, parse_models
from .._resource import AsyncResource, Headers, SyncResource, async_raw_response, per_call, raw_response
from ..errors import ConfigurationError, NotFoundError

if TYPE_CHECKING:
    from astra_devops_api.models.address_request import AddressRequest

    Address = str | AddressRequest | Mapping[str, Any]


def address_request(entry: Address) -> AddressRequest:
    """An entry from a CIDR string, a mapping or an AddressRequest, its address checked first."""
    from astra_devops_api.models.address_request import AddressRequest

    if isinstance(entry, str):
        entry = AddressRequest(address=entry, enabled=True, description="")
    elif isinstance(entry, Mapping):
        entry = AddressRequest(
            address=entry.get("address", ""),
            enabled=bool(entry.get("enabled", True)),
            description=str(entry.get("description", "")),
        )
    check_cidr(entry.address)
    return entry


def check_cidr(address: object) -> str:
    try:
        ipaddress.ip_network(str(address), strict=False)
    except ValueError:
        raise ConfigurationError(f"not an IP address or CIDR block: {address!r}") from None
    return str(address)


def entries(addresses: Iterable[Address]) -> list[AddressRequest]:
    if isinstance(addresses, str | Mapping):
        addresses = [addresses]
    found = [address_request(entry) for entry in addresses]
    if not found:
        raise ConfigurationError("give at least one address")
    return found


def replace_request(database_id: str, addresses: Iterable[Address], enabled: bool) -> dict[str, Any]:
    from astra_devops_api.models.access_list_configurations import AccessListConfigurations
    from astra_devops_api.models.access_list_request import AccessListRequest

    body = AccessListRequest(addresses=entries(addresses), configurations=AccessListConfigurations(enabled))
    return ops.upsert_access_list_for_database(
        _validate.identifier(database_id, "database_id"), body=body
    ).request()


def update_request(database_id: str, addresses: Iterable[Address]) -> dict[str, Any]:
    from astra_devops_api.models.access_list_request import AccessListRequest

    body = AccessListRequest(addresses=entries(addresses))
    return ops.update_access_list_for_database(
        _validate.identifier(database_id, "database_id"), body=body
    ).request()


def delete_requests(database_id: str, addresses: Iterable[str] | None) -> list[dict[str, Any]]:
    """One DELETE per address: the live API removes only the first address of a batch (docs/quirks.md)."""
    database_id = _validate.identifier(database_id, "database_id")
    if addresses is None:
        return [ops.delete_addresses_or_access_list_for_database(database_id).request()]
    chosen = [check_cidr(address) for address in ([addresses] if isinstance(addresses, str) else addresses)]
    if not chosen:
        raise ConfigurationError("give at least one address, or addresses=None to delete the whole list")
    return [
        ops.delete_addresses_or_access_list_for_database(database_id, addresses=[a]).request() for a in chosen
    ]


def parse_access_list(data: Any, response: httpx.Response) -> AccessListResponse:
    return parse_model(AccessListResponse, _quirks.access_list(_quirks.lone(data)), response)


def parse_access_lists(data: Any, response: httpx.Response) -> builtins.list[AccessListResponse]:
    lists = [_quirks.access_list(item) for item in data] if isinstance(data, builtins.list) else data
    return parse_models(AccessListResponse, lists, response)


class AccessLists(SyncResource):
    """IP access lists of databases."""

    @cached_property
    def with_raw_response(self) -> AccessListsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AccessListsWithRawResponse(self)

    @per_call
    def list(self, *, extra_headers: Headers | None = None) -> builtins.list[AccessListResponse]:
        """The access lists of every database of the organization."""
        data, response = self._json(ops.get_all_access_lists_for_organization().request())
        return parse_access_lists(data, response)

    @per_call
    def get(self, database_id: str, *, extra_headers: Headers | None = None) -> AccessListResponse:
        """A database's access list."""
        request = ops.get_access_list_for_database(_validate.identifier(database_id, "database_id")).request()
        return parse_access_list(*self._json(request))

    @per_call
    def add(
        self, database_id: str, addresses: Iterable[Address], *, extra_headers: Headers | None = None
    ) -> None:
        """Add addresses (CIDR strings, mappings or AddressRequest) to a database's access list."""
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
        """Replace a database's whole access list."""
        self._send(replace_request(database_id, addresses, enabled))

    @per_call
    def update(
        self, database_id: str, addresses: Iterable[Address], *, extra_headers: Headers | None = None
    ) -> None:
        """Change entries of a database's access list (matched by address)."""
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
        (`missing_ok`: an address or database already gone, 404, is not an error)."""
        for request in delete_requests(database_id, addresses):
            try:
                self._send(request)
            except NotFoundError:
                if not missing_ok:
                    raise

    validate = endpoint(ops.validate_access_list, one(ValidationResponse))
    template = endpoint(ops.get_access_list_template, many(AccessListResponse))


class AsyncAccessLists(AsyncResource):
    """IP access lists of databases (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncAccessListsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncAccessListsWithRawResponse(self)

    @per_call
    async def list(self, *, extra_headers: Headers | None = None) -> builtins.list[AccessListResponse]:
        """The access lists of every database of the organization."""
        data, response = await self._json(ops.get_all_access_lists_for_organization().request())
        return parse_access_lists(data, response)

    @per_call
    async def get(self, database_id: str, *, extra_headers: Headers | None = None) -> AccessListResponse:
        """A database's access list."""
        request = ops.get_access_list_for_database(_validate.identifier(database_id, "database_id")).request()
        return parse_access_list(*await self._json(request))

    @per_call
    async def add(
        self, database_id: str, addresses: Iterable[Address], *, extra_headers: Headers | None = None
    ) -> None:
        """Add addresses (CIDR strings, mappings or AddressRequest) to a database's access list."""
        request = ops.add_addresses_to_access_list_for_database(
            _validate.identifier(database_id, "database_id"), body=entries(addresses)
        ).request()
        await self._send(request, idempotent=True)

    @per_call
    async def replace(
        self,
        database_id: str,
        addresses: Iterable[Address],
        *,
        enabled: bool = True,
        extra_headers: Headers | None = None,
    ) -> None:
        """Replace a database's whole access list."""
        await self._send(replace_request(database_id, addresses, enabled))

    @per_call
    async def update(
        self, database_id: str, addresses: Iterable[Address], *, extra_headers: Headers | None = None
    ) -> None:
        """Change entries of a database's access list (matched by address)."""
        await self._send(update_request(database_id, addresses), idempotent=True)

    @per_call
    async def delete(
        self,
        database_id: str,
        addresses: Iterable[str] | None = None,
        *,
        missing_ok: bool = False,
        extra_headers: Headers | None = None,
    ) -> None:
        """Remove these addresses (all of them, one request each), or the whole list when None
        (`missing_ok`: an address or database already gone, 404, is not an error)."""
        for request in delete_requests(database_id, addresses):
            try:
                await self._send(request)
            except NotFoundError:
                if not missing_ok:
                    raise

    validate = async_endpoint(ops.validate_access_list, one(ValidationResponse))
    template = async_endpoint(ops.get_access_list_template, many(AccessListResponse))


class AccessListsWithRawResponse:
    """`client.access_lists.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, access_lists: AccessLists) -> None:
        self.list = raw_response(access_lists.list)
        self.get = raw_response(access_lists.get)
        self.add = raw_response(access_lists.add)
        self.replace = raw_response(access_lists.replace)
        self.update = raw_response(access_lists.update)
        self.delete = raw_response(access_lists.delete)
        self.validate = raw_response(access_lists.validate)
        self.template = raw_response(access_lists.template)


class AsyncAccessListsWithRawResponse:
    """`client.access_lists.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, access_lists: AsyncAccessLists) -> None:
        self.list = async_raw_response(access_lists.list)
        self.get = async_raw_response(access_lists.get)
        self.add = async_raw_response(access_lists.add)
        self.replace = async_raw_response(access_lists.replace)
        self.update = async_raw_response(access_lists.update)
        self.delete = async_raw_response(access_lists.delete)
        self.validate = async_raw_response(access_lists.validate)
        self.template = async_raw_response(access_lists.template)
