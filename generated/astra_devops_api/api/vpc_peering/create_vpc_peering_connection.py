from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.amazon_vpc import AmazonVPC
from ...models.azure_vpc import AzureVPC
from ...models.create_vpc_peering_connection_provider import (
    CreateVpcPeeringConnectionProvider,
)
from ...models.google_vpc import GoogleVPC
from ...models.vpc_connection import VPCConnection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    provider: CreateVpcPeeringConnectionProvider,
    database_id: str,
    *,
    body: AmazonVPC | AzureVPC | GoogleVPC | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/peering/provider/{provider}/database/{database_id}".format(
            provider=quote(str(provider), safe=""),
            database_id=quote(str(database_id), safe=""),
        ),
    }

    if isinstance(body, AzureVPC) or isinstance(body, AmazonVPC):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | VPCConnection | None:
    if response.status_code == 201:
        response_201 = VPCConnection.from_dict(response.json())

        return response_201

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
    provider: CreateVpcPeeringConnectionProvider,
    database_id: str,
    *,
    client: AuthenticatedClient,
    body: AmazonVPC | AzureVPC | GoogleVPC | Unset = UNSET,
) -> Response[Any | VPCConnection]:
    """Create a VPC peering connection

     Peers the database's network with your AWS VPC, Azure virtual network or Google Cloud network; the
    body's shape depends on the provider. Answers 201 with the new connection and its status.

    Args:
        provider (CreateVpcPeeringConnectionProvider):
        database_id (str):
        body (AmazonVPC | AzureVPC | GoogleVPC | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VPCConnection]
    """

    kwargs = _get_kwargs(
        provider=provider,
        database_id=database_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: CreateVpcPeeringConnectionProvider,
    database_id: str,
    *,
    client: AuthenticatedClient,
    body: AmazonVPC | AzureVPC | GoogleVPC | Unset = UNSET,
) -> Any | VPCConnection | None:
    """Create a VPC peering connection

     Peers the database's network with your AWS VPC, Azure virtual network or Google Cloud network; the
    body's shape depends on the provider. Answers 201 with the new connection and its status.

    Args:
        provider (CreateVpcPeeringConnectionProvider):
        database_id (str):
        body (AmazonVPC | AzureVPC | GoogleVPC | Unset):

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
        body=body,
    ).parsed


async def asyncio_detailed(
    provider: CreateVpcPeeringConnectionProvider,
    database_id: str,
    *,
    client: AuthenticatedClient,
    body: AmazonVPC | AzureVPC | GoogleVPC | Unset = UNSET,
) -> Response[Any | VPCConnection]:
    """Create a VPC peering connection

     Peers the database's network with your AWS VPC, Azure virtual network or Google Cloud network; the
    body's shape depends on the provider. Answers 201 with the new connection and its status.

    Args:
        provider (CreateVpcPeeringConnectionProvider):
        database_id (str):
        body (AmazonVPC | AzureVPC | GoogleVPC | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VPCConnection]
    """

    kwargs = _get_kwargs(
        provider=provider,
        database_id=database_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: CreateVpcPeeringConnectionProvider,
    database_id: str,
    *,
    client: AuthenticatedClient,
    body: AmazonVPC | AzureVPC | GoogleVPC | Unset = UNSET,
) -> Any | VPCConnection | None:
    """Create a VPC peering connection

     Peers the database's network with your AWS VPC, Azure virtual network or Google Cloud network; the
    body's shape depends on the provider. Answers 201 with the new connection and its status.

    Args:
        provider (CreateVpcPeeringConnectionProvider):
        database_id (str):
        body (AmazonVPC | AzureVPC | GoogleVPC | Unset):

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
            body=body,
        )
    ).parsed
