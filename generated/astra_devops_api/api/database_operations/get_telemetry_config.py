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
from ...types import Response


def _get_kwargs(
    database_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/databases/{database_id}/telemetry/metrics".format(
            database_id=quote(str(database_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | ErrorDescription
    | Errors
    | str
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            CloudWatchTelemetryRequest
            | DatadogTelemetryRequest
            | KafkaTelemetryRequest
            | PulsarTelemetryRequest
            | RemotePrometheusTelemetryRequest
            | SplunkTelemetryRequest
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_telemetry_config_type_0 = KafkaTelemetryRequest.from_dict(data)

                return componentsschemas_telemetry_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_telemetry_config_type_1 = RemotePrometheusTelemetryRequest.from_dict(data)

                return componentsschemas_telemetry_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_telemetry_config_type_2 = CloudWatchTelemetryRequest.from_dict(data)

                return componentsschemas_telemetry_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_telemetry_config_type_3 = SplunkTelemetryRequest.from_dict(data)

                return componentsschemas_telemetry_config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_telemetry_config_type_4 = PulsarTelemetryRequest.from_dict(data)

                return componentsschemas_telemetry_config_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_telemetry_config_type_5 = DatadogTelemetryRequest.from_dict(data)

            return componentsschemas_telemetry_config_type_5

        response_200 = _parse_response_200(response.json())

        return response_200

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
) -> Response[
    CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | ErrorDescription
    | Errors
    | str
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | ErrorDescription
    | Errors
    | str
]:
    """Get telemetry config

    Args:
        database_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloudWatchTelemetryRequest | DatadogTelemetryRequest | KafkaTelemetryRequest | PulsarTelemetryRequest | RemotePrometheusTelemetryRequest | SplunkTelemetryRequest | ErrorDescription | Errors | str]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | ErrorDescription
    | Errors
    | str
    | None
):
    """Get telemetry config

    Args:
        database_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloudWatchTelemetryRequest | DatadogTelemetryRequest | KafkaTelemetryRequest | PulsarTelemetryRequest | RemotePrometheusTelemetryRequest | SplunkTelemetryRequest | ErrorDescription | Errors | str
    """

    return sync_detailed(
        database_id=database_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | ErrorDescription
    | Errors
    | str
]:
    """Get telemetry config

    Args:
        database_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloudWatchTelemetryRequest | DatadogTelemetryRequest | KafkaTelemetryRequest | PulsarTelemetryRequest | RemotePrometheusTelemetryRequest | SplunkTelemetryRequest | ErrorDescription | Errors | str]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | ErrorDescription
    | Errors
    | str
    | None
):
    """Get telemetry config

    Args:
        database_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloudWatchTelemetryRequest | DatadogTelemetryRequest | KafkaTelemetryRequest | PulsarTelemetryRequest | RemotePrometheusTelemetryRequest | SplunkTelemetryRequest | ErrorDescription | Errors | str
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            client=client,
        )
    ).parsed
