from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_user_list_response import SCIMUserListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["startIndex"] = start_index

    params["count"] = count

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/scim/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SCIMUserListResponse | None:
    if response.status_code == 200:
        response_200 = SCIMUserListResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SCIMUserListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    filter_: str | Unset = UNSET,
) -> Response[Any | SCIMUserListResponse]:
    """List SCIM users

     Lists the organization's users as SCIM 2.0 resources, a page at a time (`startIndex` counts from 1,
    `count` per page), optionally narrowed by a SCIM `filter` expression.

    Args:
        start_index (int | Unset):  Default: 1.
        count (int | Unset):  Default: 100.
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SCIMUserListResponse]
    """

    kwargs = _get_kwargs(
        start_index=start_index,
        count=count,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    filter_: str | Unset = UNSET,
) -> Any | SCIMUserListResponse | None:
    """List SCIM users

     Lists the organization's users as SCIM 2.0 resources, a page at a time (`startIndex` counts from 1,
    `count` per page), optionally narrowed by a SCIM `filter` expression.

    Args:
        start_index (int | Unset):  Default: 1.
        count (int | Unset):  Default: 100.
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SCIMUserListResponse
    """

    return sync_detailed(
        client=client,
        start_index=start_index,
        count=count,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    filter_: str | Unset = UNSET,
) -> Response[Any | SCIMUserListResponse]:
    """List SCIM users

     Lists the organization's users as SCIM 2.0 resources, a page at a time (`startIndex` counts from 1,
    `count` per page), optionally narrowed by a SCIM `filter` expression.

    Args:
        start_index (int | Unset):  Default: 1.
        count (int | Unset):  Default: 100.
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SCIMUserListResponse]
    """

    kwargs = _get_kwargs(
        start_index=start_index,
        count=count,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    filter_: str | Unset = UNSET,
) -> Any | SCIMUserListResponse | None:
    """List SCIM users

     Lists the organization's users as SCIM 2.0 resources, a page at a time (`startIndex` counts from 1,
    `count` per page), optionally narrowed by a SCIM `filter` expression.

    Args:
        start_index (int | Unset):  Default: 1.
        count (int | Unset):  Default: 100.
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SCIMUserListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_index=start_index,
            count=count,
            filter_=filter_,
        )
    ).parsed
