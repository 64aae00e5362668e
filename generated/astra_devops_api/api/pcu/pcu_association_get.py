from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.errors import Errors
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
) -> ErrorDescription | Errors | str | list[PCUAssociation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PCUAssociation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorDescription | Errors | str:
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

        response_400 = _parse_response_400(response.json())

        return response_400

    if 500 <= response.status_code <= 599:

        def _parse_response_5xx(data: object) -> ErrorDescription | Errors | str:
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

        response_5xx = _parse_response_5xx(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | Errors | str | list[PCUAssociation]]:
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
) -> Response[ErrorDescription | Errors | str | list[PCUAssociation]]:
    """Pcu association get

    Args:
        pcu_group_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Errors | str | list[PCUAssociation]]
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
) -> ErrorDescription | Errors | str | list[PCUAssociation] | None:
    """Pcu association get

    Args:
        pcu_group_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Errors | str | list[PCUAssociation]
    """

    return sync_detailed(
        pcu_group_uuid=pcu_group_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    pcu_group_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorDescription | Errors | str | list[PCUAssociation]]:
    """Pcu association get

    Args:
        pcu_group_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Errors | str | list[PCUAssociation]]
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
) -> ErrorDescription | Errors | str | list[PCUAssociation] | None:
    """Pcu association get

    Args:
        pcu_group_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Errors | str | list[PCUAssociation]
    """

    return (
        await asyncio_detailed(
            pcu_group_uuid=pcu_group_uuid,
            client=client,
        )
    ).parsed
