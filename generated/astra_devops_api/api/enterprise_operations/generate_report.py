from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enterprise_generate_report_request import EnterpriseGenerateReportRequest
from ...models.enterprise_generate_report_response import (
    EnterpriseGenerateReportResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: EnterpriseGenerateReportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/enterprises/billing-reports/generate-report",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EnterpriseGenerateReportResponse | None:
    if response.status_code == 200:
        response_200 = EnterpriseGenerateReportResponse.from_dict(response.json())

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
) -> Response[Any | EnterpriseGenerateReportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EnterpriseGenerateReportRequest,
) -> Response[Any | EnterpriseGenerateReportResponse]:
    """Generate a billing report

     Starts generating the enterprise's billing report for a month and year. The answer holds the report
    id and its status; read the report until it is COMPLETED (or FAILED). Each call starts another
    report.

    Args:
        body (EnterpriseGenerateReportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EnterpriseGenerateReportResponse]
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
    client: AuthenticatedClient,
    body: EnterpriseGenerateReportRequest,
) -> Any | EnterpriseGenerateReportResponse | None:
    """Generate a billing report

     Starts generating the enterprise's billing report for a month and year. The answer holds the report
    id and its status; read the report until it is COMPLETED (or FAILED). Each call starts another
    report.

    Args:
        body (EnterpriseGenerateReportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EnterpriseGenerateReportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EnterpriseGenerateReportRequest,
) -> Response[Any | EnterpriseGenerateReportResponse]:
    """Generate a billing report

     Starts generating the enterprise's billing report for a month and year. The answer holds the report
    id and its status; read the report until it is COMPLETED (or FAILED). Each call starts another
    report.

    Args:
        body (EnterpriseGenerateReportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EnterpriseGenerateReportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EnterpriseGenerateReportRequest,
) -> Any | EnterpriseGenerateReportResponse | None:
    """Generate a billing report

     Starts generating the enterprise's billing report for a month and year. The answer holds the report
    id and its status; read the report until it is COMPLETED (or FAILED). Each call starts another
    report.

    Args:
        body (EnterpriseGenerateReportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EnterpriseGenerateReportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
