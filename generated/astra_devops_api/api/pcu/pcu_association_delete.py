from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    pcu_group_uuid: str,
    datacenter_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/pcus/association/{pcu_group_uuid}/{datacenter_uuid}".format(
            pcu_group_uuid=quote(str(pcu_group_uuid), safe=""),
            datacenter_uuid=quote(str(datacenter_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 400:
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
    pcu_group_uuid: str,
    datacenter_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Dissociate a datacenter from a PCU group

     Ends the association between a datacenter and a PCU group. Answers 200 with no body.

    Args:
        pcu_group_uuid (str):
        datacenter_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        pcu_group_uuid=pcu_group_uuid,
        datacenter_uuid=datacenter_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    pcu_group_uuid: str,
    datacenter_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Dissociate a datacenter from a PCU group

     Ends the association between a datacenter and a PCU group. Answers 200 with no body.

    Args:
        pcu_group_uuid (str):
        datacenter_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        pcu_group_uuid=pcu_group_uuid,
        datacenter_uuid=datacenter_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
