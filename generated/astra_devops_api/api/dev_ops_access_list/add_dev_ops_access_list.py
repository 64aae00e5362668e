from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_ops_access_list_response import DevOpsAccessListResponse
from ...models.dev_ops_ip_address import DevOpsIpAddress
from ...types import Response


def _get_kwargs(
    org_id: str,
    *,
    body: list[DevOpsIpAddress],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/organizations/{org_id}/devops-acl".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DevOpsAccessListResponse | None:
    if response.status_code == 201:
        response_201 = DevOpsAccessListResponse.from_dict(response.json())

        return response_201

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
) -> Response[Any | DevOpsAccessListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[DevOpsIpAddress],
) -> Response[Any | DevOpsAccessListResponse]:
    """Add addresses to the DevOps API access list

     Adds the given addresses to the organization's DevOps API access list, creating the list if there is
    none, and answers 201 with the whole list.

    Args:
        org_id (str):
        body (list[DevOpsIpAddress]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DevOpsAccessListResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[DevOpsIpAddress],
) -> Any | DevOpsAccessListResponse | None:
    """Add addresses to the DevOps API access list

     Adds the given addresses to the organization's DevOps API access list, creating the list if there is
    none, and answers 201 with the whole list.

    Args:
        org_id (str):
        body (list[DevOpsIpAddress]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DevOpsAccessListResponse
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[DevOpsIpAddress],
) -> Response[Any | DevOpsAccessListResponse]:
    """Add addresses to the DevOps API access list

     Adds the given addresses to the organization's DevOps API access list, creating the list if there is
    none, and answers 201 with the whole list.

    Args:
        org_id (str):
        body (list[DevOpsIpAddress]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DevOpsAccessListResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[DevOpsIpAddress],
) -> Any | DevOpsAccessListResponse | None:
    """Add addresses to the DevOps API access list

     Adds the given addresses to the organization's DevOps API access list, creating the list if there is
    none, and answers 201 with the whole list.

    Args:
        org_id (str):
        body (list[DevOpsIpAddress]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DevOpsAccessListResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            body=body,
        )
    ).parsed
