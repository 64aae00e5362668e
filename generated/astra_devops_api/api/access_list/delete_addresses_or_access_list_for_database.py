from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    database_id: str,
    *,
    addresses: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_addresses: list[str] | Unset = UNSET
    if not isinstance(addresses, Unset):
        json_addresses = addresses

    params["addresses"] = json_addresses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/databases/{database_id}/access-list".format(
            database_id=quote(str(database_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 500:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient,
    addresses: list[str] | Unset = UNSET,
) -> Response[Any]:
    """Delete addresses or access list for database

     With the `addresses` query parameter, removes those addresses from the database's access list;
    without it, deletes the whole list. A call naming several addresses has been reported to remove only
    the first, so send one address per call (`x-astra-delete-one-address-per-call`).

    Args:
        database_id (str):
        addresses (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        addresses=addresses,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient,
    addresses: list[str] | Unset = UNSET,
) -> Response[Any]:
    """Delete addresses or access list for database

     With the `addresses` query parameter, removes those addresses from the database's access list;
    without it, deletes the whole list. A call naming several addresses has been reported to remove only
    the first, so send one address per call (`x-astra-delete-one-address-per-call`).

    Args:
        database_id (str):
        addresses (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        addresses=addresses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
