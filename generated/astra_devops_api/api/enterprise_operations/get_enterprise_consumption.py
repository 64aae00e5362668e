from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enterprise_consumption_request import EnterpriseConsumptionRequest
from ...models.enterprise_consumption_response import EnterpriseConsumptionResponse
from ...models.errors import Errors
from ...types import Response


def _get_kwargs(
    *,
    body: EnterpriseConsumptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/enterprises/consumption",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnterpriseConsumptionResponse | Errors | None:
    if response.status_code == 200:
        response_200 = EnterpriseConsumptionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Errors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Errors.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Errors.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Errors.from_dict(response.json())

        return response_422

    if 500 <= response.status_code <= 599:
        response_5xx = Errors.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EnterpriseConsumptionResponse | Errors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnterpriseConsumptionRequest,
) -> Response[EnterpriseConsumptionResponse | Errors]:
    """Get enterprise consumption

    Args:
        body (EnterpriseConsumptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterpriseConsumptionResponse | Errors]
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
    body: EnterpriseConsumptionRequest,
) -> EnterpriseConsumptionResponse | Errors | None:
    """Get enterprise consumption

    Args:
        body (EnterpriseConsumptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterpriseConsumptionResponse | Errors
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnterpriseConsumptionRequest,
) -> Response[EnterpriseConsumptionResponse | Errors]:
    """Get enterprise consumption

    Args:
        body (EnterpriseConsumptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnterpriseConsumptionResponse | Errors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EnterpriseConsumptionRequest,
) -> EnterpriseConsumptionResponse | Errors | None:
    """Get enterprise consumption

    Args:
        body (EnterpriseConsumptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnterpriseConsumptionResponse | Errors
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
