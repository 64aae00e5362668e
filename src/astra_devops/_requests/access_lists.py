"""Request builders, checks and parsers of `client.access_lists`: no I/O, so both clients share them."""

from __future__ import annotations

import builtins
import ipaddress
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import httpx
from astra_devops_api.models.access_list_response import AccessListResponse

from .. import _operations as ops
from .. import _quirks, _validate
from .._endpoints import Read
from .._parsing import parse_model, parse_models
from ..errors import ConfigurationError

if TYPE_CHECKING:
    from astra_devops_api.models.address_request import AddressRequest

    Address = str | AddressRequest | Mapping[str, Any]


def address_request(entry: Address) -> AddressRequest:
    """An entry from a CIDR string, a mapping or an AddressRequest, its address checked first."""
    from astra_devops_api.models.address_request import AddressRequest

    if isinstance(entry, str):
        entry = AddressRequest(address=entry, enabled=True, description="")
    elif not isinstance(entry, Mapping | AddressRequest):
        raise ConfigurationError(
            f"each of addresses must be a CIDR string, a mapping or an AddressRequest, got {entry!r}"
        )
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
        raise ConfigurationError(
            f"addresses: {address!r} is not an IP address or CIDR block (such as '10.0.0.0/24')"
        ) from None
    return str(address)


def entries(addresses: Iterable[Address]) -> list[AddressRequest]:
    if isinstance(addresses, str | Mapping):
        addresses = [addresses]
    found = [address_request(entry) for entry in addresses]
    if not found:
        raise ConfigurationError("addresses must hold at least one address")
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


ACCESS_LISTS = Read(
    ops.get_all_access_lists_for_organization,
    parse_access_lists,
    "The access lists of every database of the organization.",
    "builtins.list[AccessListResponse]",
)
ACCESS_LIST = Read(
    ops.get_access_list_for_database, parse_access_list, "A database's access list.", "AccessListResponse"
)
