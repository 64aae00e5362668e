from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.private_link_endpoint import PrivateLinkEndpoint
from ...types import Response


def _get_kwargs(
    cluster_id: str,
    datacenter_id: str,
    endpoint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/endpoints/{endpoint_id}".format(
            cluster_id=quote(str(cluster_id), safe=""),
            datacenter_id=quote(str(datacenter_id), safe=""),
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PrivateLinkEndpoint | None:
    if response.status_code == 200:
        response_200 = PrivateLinkEndpoint.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PrivateLinkEndpoint]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: str,
    datacenter_id: str,
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PrivateLinkEndpoint]:
    """Get private link endpoint

     Returns one endpoint connected to a datacenter's private link service: id, description, status
    (`Accepted` or `Rejected`) and when it was created.

    Args:
        cluster_id (str):
        datacenter_id (str):
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PrivateLinkEndpoint]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        datacenter_id=datacenter_id,
        endpoint_id=endpoint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    datacenter_id: str,
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PrivateLinkEndpoint | None:
    """Get private link endpoint

     Returns one endpoint connected to a datacenter's private link service: id, description, status
    (`Accepted` or `Rejected`) and when it was created.

    Args:
        cluster_id (str):
        datacenter_id (str):
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PrivateLinkEndpoint
    """

    return sync_detailed(
        cluster_id=cluster_id,
        datacenter_id=datacenter_id,
        endpoint_id=endpoint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    datacenter_id: str,
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PrivateLinkEndpoint]:
    """Get private link endpoint

     Returns one endpoint connected to a datacenter's private link service: id, description, status
    (`Accepted` or `Rejected`) and when it was created.

    Args:
        cluster_id (str):
        datacenter_id (str):
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PrivateLinkEndpoint]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        datacenter_id=datacenter_id,
        endpoint_id=endpoint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    datacenter_id: str,
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PrivateLinkEndpoint | None:
    """Get private link endpoint

     Returns one endpoint connected to a datacenter's private link service: id, description, status
    (`Accepted` or `Rejected`) and when it was created.

    Args:
        cluster_id (str):
        datacenter_id (str):
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PrivateLinkEndpoint
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            datacenter_id=datacenter_id,
            endpoint_id=endpoint_id,
            client=client,
        )
    ).parsed
