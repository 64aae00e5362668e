from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.errors import Errors
from ...models.migration_status import MigrationStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    database_id: str,
    *,
    concurrency: str | Unset = UNSET,
    target_subset_size_gb: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["concurrency"] = concurrency

    params["targetSubsetSizeGB"] = target_subset_size_gb

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/databases/{database_id}/migrations/initialize".format(
            database_id=quote(str(database_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | Errors | str | MigrationStatus | None:
    if response.status_code == 200:
        response_200 = MigrationStatus.from_dict(response.json())

        return response_200

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

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorDescription | Errors | str:
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

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | Errors | str | MigrationStatus]:
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
    concurrency: str | Unset = UNSET,
    target_subset_size_gb: str | Unset = UNSET,
) -> Response[ErrorDescription | Errors | str | MigrationStatus]:
    """Initialize migration

    Args:
        database_id (str):
        concurrency (str | Unset):
        target_subset_size_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Errors | str | MigrationStatus]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        concurrency=concurrency,
        target_subset_size_gb=target_subset_size_gb,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_id: str,
    *,
    client: AuthenticatedClient | Client,
    concurrency: str | Unset = UNSET,
    target_subset_size_gb: str | Unset = UNSET,
) -> ErrorDescription | Errors | str | MigrationStatus | None:
    """Initialize migration

    Args:
        database_id (str):
        concurrency (str | Unset):
        target_subset_size_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Errors | str | MigrationStatus
    """

    return sync_detailed(
        database_id=database_id,
        client=client,
        concurrency=concurrency,
        target_subset_size_gb=target_subset_size_gb,
    ).parsed


async def asyncio_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient | Client,
    concurrency: str | Unset = UNSET,
    target_subset_size_gb: str | Unset = UNSET,
) -> Response[ErrorDescription | Errors | str | MigrationStatus]:
    """Initialize migration

    Args:
        database_id (str):
        concurrency (str | Unset):
        target_subset_size_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Errors | str | MigrationStatus]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        concurrency=concurrency,
        target_subset_size_gb=target_subset_size_gb,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_id: str,
    *,
    client: AuthenticatedClient | Client,
    concurrency: str | Unset = UNSET,
    target_subset_size_gb: str | Unset = UNSET,
) -> ErrorDescription | Errors | str | MigrationStatus | None:
    """Initialize migration

    Args:
        database_id (str):
        concurrency (str | Unset):
        target_subset_size_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Errors | str | MigrationStatus
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            client=client,
            concurrency=concurrency,
            target_subset_size_gb=target_subset_size_gb,
        )
    ).parsed
