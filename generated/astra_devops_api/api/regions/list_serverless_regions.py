from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.serverless_region import ServerlessRegion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region_type: str | Unset = "",
    filter_by_org: str | Unset = "disabled",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["region-type"] = region_type

    params["filter-by-org"] = filter_by_org

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/regions/serverless",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[ServerlessRegion] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ServerlessRegion.from_dict(response_200_item_data)

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
) -> Response[Any | list[ServerlessRegion]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region_type: str | Unset = "",
    filter_by_org: str | Unset = "disabled",
) -> Response[Any | list[ServerlessRegion]]:
    """List serverless regions

     Lists the regions that host serverless databases, with cloud provider, display name, geographic zone
    and classification. `region-type` chooses serverless, vector or all regions; `filter-by-org` keeps
    only the regions open to the caller's organization.

    Args:
        region_type (str | Unset):  Default: ''.
        filter_by_org (str | Unset):  Default: 'disabled'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ServerlessRegion]]
    """

    kwargs = _get_kwargs(
        region_type=region_type,
        filter_by_org=filter_by_org,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region_type: str | Unset = "",
    filter_by_org: str | Unset = "disabled",
) -> Any | list[ServerlessRegion] | None:
    """List serverless regions

     Lists the regions that host serverless databases, with cloud provider, display name, geographic zone
    and classification. `region-type` chooses serverless, vector or all regions; `filter-by-org` keeps
    only the regions open to the caller's organization.

    Args:
        region_type (str | Unset):  Default: ''.
        filter_by_org (str | Unset):  Default: 'disabled'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ServerlessRegion]
    """

    return sync_detailed(
        client=client,
        region_type=region_type,
        filter_by_org=filter_by_org,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region_type: str | Unset = "",
    filter_by_org: str | Unset = "disabled",
) -> Response[Any | list[ServerlessRegion]]:
    """List serverless regions

     Lists the regions that host serverless databases, with cloud provider, display name, geographic zone
    and classification. `region-type` chooses serverless, vector or all regions; `filter-by-org` keeps
    only the regions open to the caller's organization.

    Args:
        region_type (str | Unset):  Default: ''.
        filter_by_org (str | Unset):  Default: 'disabled'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ServerlessRegion]]
    """

    kwargs = _get_kwargs(
        region_type=region_type,
        filter_by_org=filter_by_org,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region_type: str | Unset = "",
    filter_by_org: str | Unset = "disabled",
) -> Any | list[ServerlessRegion] | None:
    """List serverless regions

     Lists the regions that host serverless databases, with cloud provider, display name, geographic zone
    and classification. `region-type` chooses serverless, vector or all regions; `filter-by-org` keeps
    only the regions open to the caller's organization.

    Args:
        region_type (str | Unset):  Default: ''.
        filter_by_org (str | Unset):  Default: 'disabled'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ServerlessRegion]
    """

    return (
        await asyncio_detailed(
            client=client,
            region_type=region_type,
            filter_by_org=filter_by_org,
        )
    ).parsed
