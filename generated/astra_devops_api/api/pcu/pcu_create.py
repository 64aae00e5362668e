from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pcu_group import PCUGroup
from ...models.pcu_group_create_request import PCUGroupCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: list[PCUGroupCreateRequest],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/pcus",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[PCUGroup] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = PCUGroup.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if 500 <= response.status_code <= 599:
        response_5xx = response.json()
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[PCUGroup]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[PCUGroupCreateRequest],
) -> Response[Any | list[PCUGroup]]:
    """Create a PCU group

     Creates a PCU group from its title, cloud provider, region, instance type, provisioning type and
    minimum, maximum and reserved capacity. The body is a list holding exactly one group; the answer
    lists the group created. Each call creates another group.

    Args:
        body (list[PCUGroupCreateRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PCUGroup]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[PCUGroupCreateRequest],
) -> Any | list[PCUGroup] | None:
    """Create a PCU group

     Creates a PCU group from its title, cloud provider, region, instance type, provisioning type and
    minimum, maximum and reserved capacity. The body is a list holding exactly one group; the answer
    lists the group created. Each call creates another group.

    Args:
        body (list[PCUGroupCreateRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PCUGroup]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[PCUGroupCreateRequest],
) -> Response[Any | list[PCUGroup]]:
    """Create a PCU group

     Creates a PCU group from its title, cloud provider, region, instance type, provisioning type and
    minimum, maximum and reserved capacity. The body is a list holding exactly one group; the answer
    lists the group created. Each call creates another group.

    Args:
        body (list[PCUGroupCreateRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PCUGroup]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[PCUGroupCreateRequest],
) -> Any | list[PCUGroup] | None:
    """Create a PCU group

     Creates a PCU group from its title, cloud provider, region, instance type, provisioning type and
    minimum, maximum and reserved capacity. The body is a list holding exactly one group; the answer
    lists the group created. Each call creates another group.

    Args:
        body (list[PCUGroupCreateRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PCUGroup]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
