from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.private_link_delete_config_input import PrivateLinkDeleteConfigInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    datacenter_id: str,
    *,
    body: PrivateLinkDeleteConfigInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/allowed-principals".format(
            cluster_id=quote(str(cluster_id), safe=""),
            datacenter_id=quote(str(datacenter_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 500:
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
    cluster_id: str,
    datacenter_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateLinkDeleteConfigInput | Unset = UNSET,
) -> Response[Any]:
    """Remove allowed principal from service

     Removes the principal named in the body (`allowedPrincipal`) from those allowed to connect to a
    datacenter's private link service. Answers 204.

    Args:
        cluster_id (str):
        datacenter_id (str):
        body (PrivateLinkDeleteConfigInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        datacenter_id=datacenter_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    cluster_id: str,
    datacenter_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateLinkDeleteConfigInput | Unset = UNSET,
) -> Response[Any]:
    """Remove allowed principal from service

     Removes the principal named in the body (`allowedPrincipal`) from those allowed to connect to a
    datacenter's private link service. Answers 204.

    Args:
        cluster_id (str):
        datacenter_id (str):
        body (PrivateLinkDeleteConfigInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        datacenter_id=datacenter_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
