from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | MigrationStatus | None:
    if response.status_code == 200:
        response_200 = MigrationStatus.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | MigrationStatus]:
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
) -> Response[Any | MigrationStatus]:
    """Initialize migration

     Prepares a migration that imports SSTable files into the database, optionally with an import
    concurrency and a target subset size. The answer holds the migration id, first INITIALIZING; launch
    it once it is READY.

    Args:
        database_id (str):
        concurrency (str | Unset):
        target_subset_size_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MigrationStatus]
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
) -> Any | MigrationStatus | None:
    """Initialize migration

     Prepares a migration that imports SSTable files into the database, optionally with an import
    concurrency and a target subset size. The answer holds the migration id, first INITIALIZING; launch
    it once it is READY.

    Args:
        database_id (str):
        concurrency (str | Unset):
        target_subset_size_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MigrationStatus
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
) -> Response[Any | MigrationStatus]:
    """Initialize migration

     Prepares a migration that imports SSTable files into the database, optionally with an import
    concurrency and a target subset size. The answer holds the migration id, first INITIALIZING; launch
    it once it is READY.

    Args:
        database_id (str):
        concurrency (str | Unset):
        target_subset_size_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MigrationStatus]
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
) -> Any | MigrationStatus | None:
    """Initialize migration

     Prepares a migration that imports SSTable files into the database, optionally with an import
    concurrency and a target subset size. The answer holds the migration id, first INITIALIZING; launch
    it once it is READY.

    Args:
        database_id (str):
        concurrency (str | Unset):
        target_subset_size_gb (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MigrationStatus
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            client=client,
            concurrency=concurrency,
            target_subset_size_gb=target_subset_size_gb,
        )
    ).parsed
