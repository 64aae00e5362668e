from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_vpc_peering_connection_details_provider import (
    GetVpcPeeringConnectionDetailsProvider,
)
from ...models.vpc_connection import VPCConnection
from ...types import Response


def _get_kwargs(
    provider: GetVpcPeeringConnectionDetailsProvider,
    database_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/peering/provider/{provider}/database/{database_id}".format(
            provider=quote(str(provider), safe=""),
            database_id=quote(str(database_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | VPCConnection | None:
    if response.status_code == 200:
        response_200 = VPCConnection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | VPCConnection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: GetVpcPeeringConnectionDetailsProvider,
    database_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | VPCConnection]:
    """Get a VPC peering connection

     Returns the database's peering connection on this cloud provider, if there is one: its id, status,
    and both networks (account, network id, CIDR block).

    Args:
        provider (GetVpcPeeringConnectionDetailsProvider):
        database_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VPCConnection]
    """

    kwargs = _get_kwargs(
        provider=provider,
        database_id=database_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: GetVpcPeeringConnectionDetailsProvider,
    database_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | VPCConnection | None:
    """Get a VPC peering connection

     Returns the database's peering connection on this cloud provider, if there is one: its id, status,
    and both networks (account, network id, CIDR block).

    Args:
        provider (GetVpcPeeringConnectionDetailsProvider):
        database_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | VPCConnection
    """

    return sync_detailed(
        provider=provider,
        database_id=database_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider: GetVpcPeeringConnectionDetailsProvider,
    database_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | VPCConnection]:
    """Get a VPC peering connection

     Returns the database's peering connection on this cloud provider, if there is one: its id, status,
    and both networks (account, network id, CIDR block).

    Args:
        provider (GetVpcPeeringConnectionDetailsProvider):
        database_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VPCConnection]
    """

    kwargs = _get_kwargs(
        provider=provider,
        database_id=database_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: GetVpcPeeringConnectionDetailsProvider,
    database_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | VPCConnection | None:
    """Get a VPC peering connection

     Returns the database's peering connection on this cloud provider, if there is one: its id, status,
    and both networks (account, network id, CIDR block).

    Args:
        provider (GetVpcPeeringConnectionDetailsProvider):
        database_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | VPCConnection
    """

    return (
        await asyncio_detailed(
            provider=provider,
            database_id=database_id,
            client=client,
        )
    ).parsed
