from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cloud_provider_account_details import CloudProviderAccountDetails
from ...types import Response


def _get_kwargs(
    provider: str,
    region: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/kms/provider/{provider}/region/{region}/accounts".format(
            provider=quote(str(provider), safe=""),
            region=quote(str(region), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[CloudProviderAccountDetails] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_get_cloud_provider_accounts_item_data in _response_200:
            componentsschemas_get_cloud_provider_accounts_item = CloudProviderAccountDetails.from_dict(
                componentsschemas_get_cloud_provider_accounts_item_data
            )

            response_200.append(componentsschemas_get_cloud_provider_accounts_item)

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
) -> Response[Any | list[CloudProviderAccountDetails]]:
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
) -> Response[Any | list[CloudProviderAccountDetails]]:
    """List the cloud accounts that use serverless customer keys

     Lists the cloud provider accounts that must be allowed to use your key before serverless databases
    in this provider and region can be encrypted with it.

    Args:
        provider (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[CloudProviderAccountDetails]]
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
) -> Any | list[CloudProviderAccountDetails] | None:
    """List the cloud accounts that use serverless customer keys

     Lists the cloud provider accounts that must be allowed to use your key before serverless databases
    in this provider and region can be encrypted with it.

    Args:
        provider (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[CloudProviderAccountDetails]
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
) -> Response[Any | list[CloudProviderAccountDetails]]:
    """List the cloud accounts that use serverless customer keys

     Lists the cloud provider accounts that must be allowed to use your key before serverless databases
    in this provider and region can be encrypted with it.

    Args:
        provider (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[CloudProviderAccountDetails]]
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
) -> Any | list[CloudProviderAccountDetails] | None:
    """List the cloud accounts that use serverless customer keys

     Lists the cloud provider accounts that must be allowed to use your key before serverless databases
    in this provider and region can be encrypted with it.

    Args:
        provider (str):
        region (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[CloudProviderAccountDetails]
    """

    return (
        await asyncio_detailed(
            provider=provider,
            region=region,
            client=client,
        )
    ).parsed
