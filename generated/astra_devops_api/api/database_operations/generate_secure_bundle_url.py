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
    all_: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["all"] = all_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/databases/{database_id}/secureBundleURL".format(
            database_id=quote(str(database_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 409:
        response_409 = response.json()
        return response_409

    if 500 <= response.status_code <= 599:
        response_5xx = response.json()
        return response_5xx

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
    all_: bool | Unset = False,
) -> Response[Any]:
    """Generate secure bundle URL

     Returns short-lived pre-signed URLs of the secure connect bundle, the zip of certificates and
    settings a driver needs, with internal (private network) and migration proxy variants; with
    `all=true` the answer is a list with one entry per datacenter. Download the URLs within minutes and
    without the API's `Authorization` header. The datacenter id is sent as `datcenterID`.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        all_=all_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_id: str,
    *,
    client: AuthenticatedClient,
    all_: bool | Unset = False,
) -> Any | None:
    """Generate secure bundle URL

     Returns short-lived pre-signed URLs of the secure connect bundle, the zip of certificates and
    settings a driver needs, with internal (private network) and migration proxy variants; with
    `all=true` the answer is a list with one entry per datacenter. Download the URLs within minutes and
    without the API's `Authorization` header. The datacenter id is sent as `datcenterID`.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return sync_detailed(
        database_id=database_id,
        client=client,
        all_=all_,
    ).parsed


async def asyncio_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient,
    all_: bool | Unset = False,
) -> Response[Any]:
    """Generate secure bundle URL

     Returns short-lived pre-signed URLs of the secure connect bundle, the zip of certificates and
    settings a driver needs, with internal (private network) and migration proxy variants; with
    `all=true` the answer is a list with one entry per datacenter. Download the URLs within minutes and
    without the API's `Authorization` header. The datacenter id is sent as `datcenterID`.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        all_=all_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_id: str,
    *,
    client: AuthenticatedClient,
    all_: bool | Unset = False,
) -> Any | None:
    """Generate secure bundle URL

     Returns short-lived pre-signed URLs of the secure connect bundle, the zip of certificates and
    settings a driver needs, with internal (private network) and migration proxy variants; with
    `all=true` the answer is a list with one entry per datacenter. Download the URLs within minutes and
    without the API's `Authorization` header. The datacenter id is sent as `datcenterID`.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            client=client,
            all_=all_,
        )
    ).parsed
