from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clone_status import CloneStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    target_dbid: str,
    source_dbid: str,
    *,
    snapshot_id: str,
    source_region: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["snapshotID"] = snapshot_id

    params["sourceRegion"] = source_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/databases/{target_dbid}/cloneFrom/{source_dbid}".format(
            target_dbid=quote(str(target_dbid), safe=""),
            source_dbid=quote(str(source_dbid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | CloneStatus | None:
    if response.status_code == 200:
        response_200 = CloneStatus.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | CloneStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    target_dbid: str,
    source_dbid: str,
    *,
    client: AuthenticatedClient,
    snapshot_id: str,
    source_region: str | Unset = UNSET,
) -> Response[Any | CloneStatus]:
    """Clone a database from a snapshot

     Starts copying a snapshot (`snapshotID`) of the source database into the target database, optionally
    from one region of a multi-region source. The answer holds the operation id, RUNNING; read the clone
    status until it is DONE or ERROR.

    Args:
        target_dbid (str):
        source_dbid (str):
        snapshot_id (str):
        source_region (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CloneStatus]
    """

    kwargs = _get_kwargs(
        target_dbid=target_dbid,
        source_dbid=source_dbid,
        snapshot_id=snapshot_id,
        source_region=source_region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    target_dbid: str,
    source_dbid: str,
    *,
    client: AuthenticatedClient,
    snapshot_id: str,
    source_region: str | Unset = UNSET,
) -> Any | CloneStatus | None:
    """Clone a database from a snapshot

     Starts copying a snapshot (`snapshotID`) of the source database into the target database, optionally
    from one region of a multi-region source. The answer holds the operation id, RUNNING; read the clone
    status until it is DONE or ERROR.

    Args:
        target_dbid (str):
        source_dbid (str):
        snapshot_id (str):
        source_region (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CloneStatus
    """

    return sync_detailed(
        target_dbid=target_dbid,
        source_dbid=source_dbid,
        client=client,
        snapshot_id=snapshot_id,
        source_region=source_region,
    ).parsed


async def asyncio_detailed(
    target_dbid: str,
    source_dbid: str,
    *,
    client: AuthenticatedClient,
    snapshot_id: str,
    source_region: str | Unset = UNSET,
) -> Response[Any | CloneStatus]:
    """Clone a database from a snapshot

     Starts copying a snapshot (`snapshotID`) of the source database into the target database, optionally
    from one region of a multi-region source. The answer holds the operation id, RUNNING; read the clone
    status until it is DONE or ERROR.

    Args:
        target_dbid (str):
        source_dbid (str):
        snapshot_id (str):
        source_region (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CloneStatus]
    """

    kwargs = _get_kwargs(
        target_dbid=target_dbid,
        source_dbid=source_dbid,
        snapshot_id=snapshot_id,
        source_region=source_region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    target_dbid: str,
    source_dbid: str,
    *,
    client: AuthenticatedClient,
    snapshot_id: str,
    source_region: str | Unset = UNSET,
) -> Any | CloneStatus | None:
    """Clone a database from a snapshot

     Starts copying a snapshot (`snapshotID`) of the source database into the target database, optionally
    from one region of a multi-region source. The answer holds the operation id, RUNNING; read the clone
    status until it is DONE or ERROR.

    Args:
        target_dbid (str):
        source_dbid (str):
        snapshot_id (str):
        source_region (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CloneStatus
    """

    return (
        await asyncio_detailed(
            target_dbid=target_dbid,
            source_dbid=source_dbid,
            client=client,
            snapshot_id=snapshot_id,
            source_region=source_region,
        )
    ).parsed
