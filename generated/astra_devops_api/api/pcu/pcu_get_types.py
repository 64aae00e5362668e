from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pcu_group_type_response import PCUGroupTypeResponse
from ...models.pcu_group_types_request import PCUGroupTypesRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PCUGroupTypesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/pcus/types",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[PCUGroupTypeResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PCUGroupTypeResponse.from_dict(response_200_item_data)

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
) -> Response[Any | list[PCUGroupTypeResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PCUGroupTypesRequest,
) -> Response[Any | list[PCUGroupTypeResponse]]:
    """List PCU group types

     Lists the PCU group types, with their details, offered for a cloud provider and region. A read
    despite the POST.

    Args:
        body (PCUGroupTypesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PCUGroupTypeResponse]]
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
    body: PCUGroupTypesRequest,
) -> Any | list[PCUGroupTypeResponse] | None:
    """List PCU group types

     Lists the PCU group types, with their details, offered for a cloud provider and region. A read
    despite the POST.

    Args:
        body (PCUGroupTypesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PCUGroupTypeResponse]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PCUGroupTypesRequest,
) -> Response[Any | list[PCUGroupTypeResponse]]:
    """List PCU group types

     Lists the PCU group types, with their details, offered for a cloud provider and region. A read
    despite the POST.

    Args:
        body (PCUGroupTypesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PCUGroupTypeResponse]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PCUGroupTypesRequest,
) -> Any | list[PCUGroupTypeResponse] | None:
    """List PCU group types

     Lists the PCU group types, with their details, offered for a cloud provider and region. A read
    despite the POST.

    Args:
        body (PCUGroupTypesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PCUGroupTypeResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
