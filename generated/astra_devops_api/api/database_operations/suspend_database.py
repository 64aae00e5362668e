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
    free_consumed: int | Unset = -1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["freeConsumed"] = free_consumed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/databases/{database_id}/suspend".format(
            database_id=quote(str(database_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 202:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 409:
        return None

    if 500 <= response.status_code <= 599:
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
    client: AuthenticatedClient | Client,
    free_consumed: int | Unset = -1,
) -> Response[Any]:
    """Suspend a database

     Suspends the database (`freeConsumed` defaults to -1). Answers 202. The path follows the API's
    convention for lifecycle actions and is not confirmed on the wire (`x-unconfirmed-path`).

    Args:
        database_id (str):
        free_consumed (int | Unset):  Default: -1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        free_consumed=free_consumed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient | Client,
    free_consumed: int | Unset = -1,
) -> Response[Any]:
    """Suspend a database

     Suspends the database (`freeConsumed` defaults to -1). Answers 202. The path follows the API's
    convention for lifecycle actions and is not confirmed on the wire (`x-unconfirmed-path`).

    Args:
        database_id (str):
        free_consumed (int | Unset):  Default: -1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        free_consumed=free_consumed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
