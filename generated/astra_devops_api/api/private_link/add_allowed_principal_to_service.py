from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.private_link_create_config_input import PrivateLinkCreateConfigInput
from ...models.private_link_create_config_output import PrivateLinkCreateConfigOutput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    datacenter_id: str,
    *,
    body: PrivateLinkCreateConfigInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/private-link".format(
            cluster_id=quote(str(cluster_id), safe=""),
            datacenter_id=quote(str(datacenter_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PrivateLinkCreateConfigOutput | None:
    if response.status_code == 200:
        response_200 = PrivateLinkCreateConfigOutput.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = response.json()
        return response_409

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PrivateLinkCreateConfigOutput]:
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
    body: PrivateLinkCreateConfigInput | Unset = UNSET,
) -> Response[Any | PrivateLinkCreateConfigOutput]:
    """Set up a private link service

     Sets up the private link service of a datacenter and allows the given principals (AWS IAM ARNs,
    Azure subscription ids or Google Cloud project ids) to connect to it. The answer holds the service
    name to create your endpoint against.

    Args:
        cluster_id (str):
        datacenter_id (str):
        body (PrivateLinkCreateConfigInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PrivateLinkCreateConfigOutput]
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


def sync(
    cluster_id: str,
    datacenter_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateLinkCreateConfigInput | Unset = UNSET,
) -> Any | PrivateLinkCreateConfigOutput | None:
    """Set up a private link service

     Sets up the private link service of a datacenter and allows the given principals (AWS IAM ARNs,
    Azure subscription ids or Google Cloud project ids) to connect to it. The answer holds the service
    name to create your endpoint against.

    Args:
        cluster_id (str):
        datacenter_id (str):
        body (PrivateLinkCreateConfigInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PrivateLinkCreateConfigOutput
    """

    return sync_detailed(
        cluster_id=cluster_id,
        datacenter_id=datacenter_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    datacenter_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateLinkCreateConfigInput | Unset = UNSET,
) -> Response[Any | PrivateLinkCreateConfigOutput]:
    """Set up a private link service

     Sets up the private link service of a datacenter and allows the given principals (AWS IAM ARNs,
    Azure subscription ids or Google Cloud project ids) to connect to it. The answer holds the service
    name to create your endpoint against.

    Args:
        cluster_id (str):
        datacenter_id (str):
        body (PrivateLinkCreateConfigInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PrivateLinkCreateConfigOutput]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        datacenter_id=datacenter_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    datacenter_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateLinkCreateConfigInput | Unset = UNSET,
) -> Any | PrivateLinkCreateConfigOutput | None:
    """Set up a private link service

     Sets up the private link service of a datacenter and allows the given principals (AWS IAM ARNs,
    Azure subscription ids or Google Cloud project ids) to connect to it. The answer holds the service
    name to create your endpoint against.

    Args:
        cluster_id (str):
        datacenter_id (str):
        body (PrivateLinkCreateConfigInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PrivateLinkCreateConfigOutput
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            datacenter_id=datacenter_id,
            client=client,
            body=body,
        )
    ).parsed
