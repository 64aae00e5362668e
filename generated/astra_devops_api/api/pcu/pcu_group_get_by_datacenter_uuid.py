from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pcu_group import PCUGroup
from ...types import Response


def _get_kwargs(
    datacenter_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/pcus/actions/get/{datacenter_uuid}".format(
            datacenter_uuid=quote(str(datacenter_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[PCUGroup] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PCUGroup.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if 500 <= response.status_code <= 599:
        response_5xx = response.json()
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[PCUGroup]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    datacenter_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[PCUGroup]]:
    """Get the PCU group of a datacenter

     Returns, as a list, the PCU group the datacenter belongs to, if it belongs to one.

    Args:
        datacenter_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PCUGroup]]
    """

    kwargs = _get_kwargs(
        datacenter_uuid=datacenter_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    datacenter_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | list[PCUGroup] | None:
    """Get the PCU group of a datacenter

     Returns, as a list, the PCU group the datacenter belongs to, if it belongs to one.

    Args:
        datacenter_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PCUGroup]
    """

    return sync_detailed(
        datacenter_uuid=datacenter_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    datacenter_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[PCUGroup]]:
    """Get the PCU group of a datacenter

     Returns, as a list, the PCU group the datacenter belongs to, if it belongs to one.

    Args:
        datacenter_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PCUGroup]]
    """

    kwargs = _get_kwargs(
        datacenter_uuid=datacenter_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    datacenter_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | list[PCUGroup] | None:
    """Get the PCU group of a datacenter

     Returns, as a list, the PCU group the datacenter belongs to, if it belongs to one.

    Args:
        datacenter_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PCUGroup]
    """

    return (
        await asyncio_detailed(
            datacenter_uuid=datacenter_uuid,
            client=client,
        )
    ).parsed
