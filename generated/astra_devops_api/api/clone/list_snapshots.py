from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.snapshot_list import SnapshotList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    database_id: str,
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    source_region: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["sourceRegion"] = source_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/databases/{database_id}/snapshots".format(
            database_id=quote(str(database_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SnapshotList | None:
    if response.status_code == 200:
        response_200 = SnapshotList.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | SnapshotList]:
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
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    source_region: str | Unset = UNSET,
) -> Response[Any | SnapshotList]:
    """List snapshots

     Lists the database's snapshots, each with its id and time, optionally only those between `from` and
    `to` (RFC 3339 times) or from one source region.

    Args:
        database_id (str):
        from_ (str | Unset):
        to (str | Unset):
        source_region (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SnapshotList]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        from_=from_,
        to=to,
        source_region=source_region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_id: str,
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    source_region: str | Unset = UNSET,
) -> Any | SnapshotList | None:
    """List snapshots

     Lists the database's snapshots, each with its id and time, optionally only those between `from` and
    `to` (RFC 3339 times) or from one source region.

    Args:
        database_id (str):
        from_ (str | Unset):
        to (str | Unset):
        source_region (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SnapshotList
    """

    return sync_detailed(
        database_id=database_id,
        client=client,
        from_=from_,
        to=to,
        source_region=source_region,
    ).parsed


async def asyncio_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    source_region: str | Unset = UNSET,
) -> Response[Any | SnapshotList]:
    """List snapshots

     Lists the database's snapshots, each with its id and time, optionally only those between `from` and
    `to` (RFC 3339 times) or from one source region.

    Args:
        database_id (str):
        from_ (str | Unset):
        to (str | Unset):
        source_region (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SnapshotList]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        from_=from_,
        to=to,
        source_region=source_region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_id: str,
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    source_region: str | Unset = UNSET,
) -> Any | SnapshotList | None:
    """List snapshots

     Lists the database's snapshots, each with its id and time, optionally only those between `from` and
    `to` (RFC 3339 times) or from one source region.

    Args:
        database_id (str):
        from_ (str | Unset):
        to (str | Unset):
        source_region (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SnapshotList
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            client=client,
            from_=from_,
            to=to,
            source_region=source_region,
        )
    ).parsed
