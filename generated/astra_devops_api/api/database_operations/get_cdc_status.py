from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_cdc_response import GetCDCResponse
from ...types import Response


def _get_kwargs(
    database_id: str,
    keyspace_name: str,
    table_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/databases/{database_id}/keyspaces/{keyspace_name}/tables/{table_name}/cdc".format(
            database_id=quote(str(database_id), safe=""),
            keyspace_name=quote(str(keyspace_name), safe=""),
            table_name=quote(str(table_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[GetCDCResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetCDCResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if 500 <= response.status_code <= 599:
        response_5xx = response.json()
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[GetCDCResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | list[GetCDCResponse]]:
    """Get the CDC status of a table

     Returns the change data capture status of one table, with the regions and streaming tenants its
    changes go to.

    Args:
        database_id (str):
        keyspace_name (str):
        table_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[GetCDCResponse]]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        keyspace_name=keyspace_name,
        table_name=table_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | list[GetCDCResponse] | None:
    """Get the CDC status of a table

     Returns the change data capture status of one table, with the regions and streaming tenants its
    changes go to.

    Args:
        database_id (str):
        keyspace_name (str):
        table_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[GetCDCResponse]
    """

    return sync_detailed(
        database_id=database_id,
        keyspace_name=keyspace_name,
        table_name=table_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | list[GetCDCResponse]]:
    """Get the CDC status of a table

     Returns the change data capture status of one table, with the regions and streaming tenants its
    changes go to.

    Args:
        database_id (str):
        keyspace_name (str):
        table_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[GetCDCResponse]]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        keyspace_name=keyspace_name,
        table_name=table_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | list[GetCDCResponse] | None:
    """Get the CDC status of a table

     Returns the change data capture status of one table, with the regions and streaming tenants its
    changes go to.

    Args:
        database_id (str):
        keyspace_name (str):
        table_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[GetCDCResponse]
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            keyspace_name=keyspace_name,
            table_name=table_name,
            client=client,
        )
    ).parsed
