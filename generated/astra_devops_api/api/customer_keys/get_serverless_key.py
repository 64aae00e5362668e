from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_particular_customer_key import GetParticularCustomerKey
from ...types import Response


def _get_kwargs(
    provider: str,
    region: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/kms/provider/{provider}/region/{region}".format(
            provider=quote(str(provider), safe=""),
            region=quote(str(region), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetParticularCustomerKey | None:
    if response.status_code == 200:
        response_200 = GetParticularCustomerKey.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetParticularCustomerKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: str,
    region: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetParticularCustomerKey]:
    """Get the serverless customer key of a region

     Returns the customer key registered for serverless databases in one cloud provider and region, under
    the provider's name (for example `aws`).

    Args:
        provider (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetParticularCustomerKey]
    """

    kwargs = _get_kwargs(
        provider=provider,
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: str,
    region: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetParticularCustomerKey | None:
    """Get the serverless customer key of a region

     Returns the customer key registered for serverless databases in one cloud provider and region, under
    the provider's name (for example `aws`).

    Args:
        provider (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetParticularCustomerKey
    """

    return sync_detailed(
        provider=provider,
        region=region,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider: str,
    region: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetParticularCustomerKey]:
    """Get the serverless customer key of a region

     Returns the customer key registered for serverless databases in one cloud provider and region, under
    the provider's name (for example `aws`).

    Args:
        provider (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetParticularCustomerKey]
    """

    kwargs = _get_kwargs(
        provider=provider,
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: str,
    region: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetParticularCustomerKey | None:
    """Get the serverless customer key of a region

     Returns the customer key registered for serverless databases in one cloud provider and region, under
    the provider's name (for example `aws`).

    Args:
        provider (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetParticularCustomerKey
    """

    return (
        await asyncio_detailed(
            provider=provider,
            region=region,
            client=client,
        )
    ).parsed
