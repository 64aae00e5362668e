from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pcu_association import PCUAssociation
from ...types import Response


def _get_kwargs(
    pcu_group_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/pcus/association/{pcu_group_uuid}".format(
            pcu_group_uuid=quote(str(pcu_group_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[PCUAssociation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PCUAssociation.from_dict(response_200_item_data)

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
) -> Response[Any | list[PCUAssociation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pcu_group_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[PCUAssociation]]:
    """List the datacenters of a PCU group

     Lists the datacenters associated with a PCU group, each with the association's provisioning status
    and who created and last changed it, and when.

    Args:
        pcu_group_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PCUAssociation]]
    """

    kwargs = _get_kwargs(
        pcu_group_uuid=pcu_group_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pcu_group_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | list[PCUAssociation] | None:
    """List the datacenters of a PCU group

     Lists the datacenters associated with a PCU group, each with the association's provisioning status
    and who created and last changed it, and when.

    Args:
        pcu_group_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PCUAssociation]
    """

    return sync_detailed(
        pcu_group_uuid=pcu_group_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    pcu_group_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[PCUAssociation]]:
    """List the datacenters of a PCU group

     Lists the datacenters associated with a PCU group, each with the association's provisioning status
    and who created and last changed it, and when.

    Args:
        pcu_group_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PCUAssociation]]
    """

    kwargs = _get_kwargs(
        pcu_group_uuid=pcu_group_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pcu_group_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | list[PCUAssociation] | None:
    """List the datacenters of a PCU group

     Lists the datacenters associated with a PCU group, each with the association's provisioning status
    and who created and last changed it, and when.

    Args:
        pcu_group_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PCUAssociation]
    """

    return (
        await asyncio_detailed(
            pcu_group_uuid=pcu_group_uuid,
            client=client,
        )
    ).parsed
