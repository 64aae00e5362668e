from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.migration_status import MigrationStatus
from ...types import Response


def _get_kwargs(
    database_id: str,
    migration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/databases/{database_id}/migrations/{migration_id}".format(
            database_id=quote(str(database_id), safe=""),
            migration_id=quote(str(migration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | MigrationStatus | None:
    if response.status_code == 200:
        response_200 = MigrationStatus.from_dict(response.json())

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
) -> Response[Any | MigrationStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_id: str,
    migration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | MigrationStatus]:
    """Get migration status

     Returns a migration's status with the concurrency and target subset size it runs with.

    Args:
        database_id (str):
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MigrationStatus]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        migration_id=migration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_id: str,
    migration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | MigrationStatus | None:
    """Get migration status

     Returns a migration's status with the concurrency and target subset size it runs with.

    Args:
        database_id (str):
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MigrationStatus
    """

    return sync_detailed(
        database_id=database_id,
        migration_id=migration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    database_id: str,
    migration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | MigrationStatus]:
    """Get migration status

     Returns a migration's status with the concurrency and target subset size it runs with.

    Args:
        database_id (str):
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MigrationStatus]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        migration_id=migration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_id: str,
    migration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | MigrationStatus | None:
    """Get migration status

     Returns a migration's status with the concurrency and target subset size it runs with.

    Args:
        database_id (str):
        migration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MigrationStatus
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            migration_id=migration_id,
            client=client,
        )
    ).parsed
