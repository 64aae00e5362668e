from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pcu_group import PCUGroup
from ...models.pcu_group_get_request import PCUGroupGetRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PCUGroupGetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/pcus/actions/get",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[PCUGroup] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PCUGroup.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
    body: PCUGroupGetRequest,
) -> Response[Any | list[PCUGroup]]:
    """List PCU groups

     Returns the organization's provisioned capacity unit (PCU) groups, or only those whose UUIDs the
    body lists. A read despite the POST.

    Args:
        body (PCUGroupGetRequest):

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
    body: PCUGroupGetRequest,
) -> Any | list[PCUGroup] | None:
    """List PCU groups

     Returns the organization's provisioned capacity unit (PCU) groups, or only those whose UUIDs the
    body lists. A read despite the POST.

    Args:
        body (PCUGroupGetRequest):

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
    body: PCUGroupGetRequest,
) -> Response[Any | list[PCUGroup]]:
    """List PCU groups

     Returns the organization's provisioned capacity unit (PCU) groups, or only those whose UUIDs the
    body lists. A read despite the POST.

    Args:
        body (PCUGroupGetRequest):

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
    body: PCUGroupGetRequest,
) -> Any | list[PCUGroup] | None:
    """List PCU groups

     Returns the organization's provisioned capacity unit (PCU) groups, or only those whose UUIDs the
    body lists. A read despite the POST.

    Args:
        body (PCUGroupGetRequest):

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
