from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cloud_watch_telemetry_request import CloudWatchTelemetryRequest
from ...models.datadog_telemetry_request import DatadogTelemetryRequest
from ...models.error_description import ErrorDescription
from ...models.errors import Errors
from ...models.kafka_telemetry_request import KafkaTelemetryRequest
from ...models.pulsar_telemetry_request import PulsarTelemetryRequest
from ...models.remote_prometheus_telemetry_request import (
    RemotePrometheusTelemetryRequest,
)
from ...models.splunk_telemetry_request import SplunkTelemetryRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    database_id: str,
    *,
    body: CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/databases/{database_id}/telemetry/metrics".format(
            database_id=quote(str(database_id), safe=""),
        ),
    }

    if (
        isinstance(body, KafkaTelemetryRequest)
        or isinstance(body, RemotePrometheusTelemetryRequest)
        or isinstance(body, CloudWatchTelemetryRequest)
        or isinstance(body, SplunkTelemetryRequest)
        or isinstance(body, PulsarTelemetryRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDescription | Errors | str | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorDescription | Errors | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Errors.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorDescription.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDescription | Errors | str, data)

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorDescription | Errors | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Errors.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorDescription.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDescription | Errors | str, data)

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorDescription | Errors | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Errors.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorDescription.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDescription | Errors | str, data)

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorDescription | Errors | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Errors.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorDescription.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDescription | Errors | str, data)

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> ErrorDescription | Errors | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Errors.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorDescription.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDescription | Errors | str, data)

        response_409 = _parse_response_409(response.json())

        return response_409

    if 500 <= response.status_code <= 599:

        def _parse_response_5xx(data: object) -> ErrorDescription | Errors | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Errors.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorDescription.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDescription | Errors | str, data)

        response_5xx = _parse_response_5xx(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorDescription | Errors | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient,
    body: CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | Unset = UNSET,
) -> Response[Any | ErrorDescription | Errors | str]:
    """Configure telemetry

    Args:
        database_id (str):
        body (CloudWatchTelemetryRequest | DatadogTelemetryRequest | KafkaTelemetryRequest |
            PulsarTelemetryRequest | RemotePrometheusTelemetryRequest | SplunkTelemetryRequest |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Errors | str]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_id: str,
    *,
    client: AuthenticatedClient,
    body: CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | Unset = UNSET,
) -> Any | ErrorDescription | Errors | str | None:
    """Configure telemetry

    Args:
        database_id (str):
        body (CloudWatchTelemetryRequest | DatadogTelemetryRequest | KafkaTelemetryRequest |
            PulsarTelemetryRequest | RemotePrometheusTelemetryRequest | SplunkTelemetryRequest |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Errors | str
    """

    return sync_detailed(
        database_id=database_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient,
    body: CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | Unset = UNSET,
) -> Response[Any | ErrorDescription | Errors | str]:
    """Configure telemetry

    Args:
        database_id (str):
        body (CloudWatchTelemetryRequest | DatadogTelemetryRequest | KafkaTelemetryRequest |
            PulsarTelemetryRequest | RemotePrometheusTelemetryRequest | SplunkTelemetryRequest |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Errors | str]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_id: str,
    *,
    client: AuthenticatedClient,
    body: CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | Unset = UNSET,
) -> Any | ErrorDescription | Errors | str | None:
    """Configure telemetry

    Args:
        database_id (str):
        body (CloudWatchTelemetryRequest | DatadogTelemetryRequest | KafkaTelemetryRequest |
            PulsarTelemetryRequest | RemotePrometheusTelemetryRequest | SplunkTelemetryRequest |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Errors | str
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            client=client,
            body=body,
        )
    ).parsed
