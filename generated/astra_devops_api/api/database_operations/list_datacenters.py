from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.datacenter import Datacenter
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
        "method": "get",
        "url": "/v2/databases/{database_id}/datacenters".format(
            database_id=quote(str(database_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[Datacenter] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Datacenter.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if 500 <= response.status_code <= 599:
        response_5xx = response.json()
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[Datacenter]]:
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
    all_: bool | Unset = False,
) -> Response[Any | list[Datacenter]]:
    """List datacenters

     Lists the database's datacenters (one per region) with cloud, region, tier, capacity and service
    URLs. Terminated datacenters are left out unless `all=true`.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Datacenter]]
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
    client: AuthenticatedClient | Client,
    all_: bool | Unset = False,
) -> Any | list[Datacenter] | None:
    """List datacenters

     Lists the database's datacenters (one per region) with cloud, region, tier, capacity and service
    URLs. Terminated datacenters are left out unless `all=true`.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Datacenter]
    """

    return sync_detailed(
        database_id=database_id,
        client=client,
        all_=all_,
    ).parsed


async def asyncio_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient | Client,
    all_: bool | Unset = False,
) -> Response[Any | list[Datacenter]]:
    """List datacenters

     Lists the database's datacenters (one per region) with cloud, region, tier, capacity and service
    URLs. Terminated datacenters are left out unless `all=true`.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Datacenter]]
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
    client: AuthenticatedClient | Client,
    all_: bool | Unset = False,
) -> Any | list[Datacenter] | None:
    """List datacenters

     Lists the database's datacenters (one per region) with cloud, region, tier, capacity and service
    URLs. Terminated datacenters are left out unless `all=true`.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Datacenter]
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            client=client,
            all_=all_,
        )
    ).parsed
