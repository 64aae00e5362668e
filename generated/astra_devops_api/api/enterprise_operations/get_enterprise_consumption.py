from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enterprise_consumption_request import EnterpriseConsumptionRequest
from ...models.enterprise_consumption_response import EnterpriseConsumptionResponse
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
) -> Any | EnterpriseConsumptionResponse | None:
    if response.status_code == 200:
        response_200 = EnterpriseConsumptionResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = response.json()
        return response_422

    if 500 <= response.status_code <= 599:
        response_5xx = response.json()
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EnterpriseConsumptionResponse]:
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
) -> Response[Any | EnterpriseConsumptionResponse]:
    """Get enterprise consumption

     Returns what the enterprise consumed over a date range of at most 31 days, broken down by
    organization, database and region, optionally only for given organizations or resources. Each `cost`
    is a decimal number sent as a string, and `totalCost` may be null.

    Args:
        body (EnterpriseConsumptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EnterpriseConsumptionResponse]
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
) -> Any | EnterpriseConsumptionResponse | None:
    """Get enterprise consumption

     Returns what the enterprise consumed over a date range of at most 31 days, broken down by
    organization, database and region, optionally only for given organizations or resources. Each `cost`
    is a decimal number sent as a string, and `totalCost` may be null.

    Args:
        body (EnterpriseConsumptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EnterpriseConsumptionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnterpriseConsumptionRequest,
) -> Response[Any | EnterpriseConsumptionResponse]:
    """Get enterprise consumption

     Returns what the enterprise consumed over a date range of at most 31 days, broken down by
    organization, database and region, optionally only for given organizations or resources. Each `cost`
    is a decimal number sent as a string, and `totalCost` may be null.

    Args:
        body (EnterpriseConsumptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EnterpriseConsumptionResponse]
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
) -> Any | EnterpriseConsumptionResponse | None:
    """Get enterprise consumption

     Returns what the enterprise consumed over a date range of at most 31 days, broken down by
    organization, database and region, optionally only for given organizations or resources. Each `cost`
    is a decimal number sent as a string, and `totalCost` may be null.

    Args:
        body (EnterpriseConsumptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EnterpriseConsumptionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
