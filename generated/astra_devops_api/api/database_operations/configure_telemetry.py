from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cloud_watch_telemetry_request import CloudWatchTelemetryRequest
from ...models.datadog_telemetry_request import DatadogTelemetryRequest
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 202:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 409:
        return None

    if 500 <= response.status_code <= 599:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
) -> Response[Any]:
    """Configure telemetry

     Exports the database's metrics to one external system: Kafka, Prometheus remote write, Amazon
    CloudWatch, Splunk, Pulsar or Datadog. A new configuration replaces the previous one; 202 means it
    was accepted and is being applied.

    Args:
        database_id (str):
        body (CloudWatchTelemetryRequest | DatadogTelemetryRequest | KafkaTelemetryRequest |
            PulsarTelemetryRequest | RemotePrometheusTelemetryRequest | SplunkTelemetryRequest |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


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
) -> Response[Any]:
    """Configure telemetry

     Exports the database's metrics to one external system: Kafka, Prometheus remote write, Amazon
    CloudWatch, Splunk, Pulsar or Datadog. A new configuration replaces the previous one; 202 means it
    was accepted and is being applied.

    Args:
        database_id (str):
        body (CloudWatchTelemetryRequest | DatadogTelemetryRequest | KafkaTelemetryRequest |
            PulsarTelemetryRequest | RemotePrometheusTelemetryRequest | SplunkTelemetryRequest |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
