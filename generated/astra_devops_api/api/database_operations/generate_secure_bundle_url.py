from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.creds_url import CredsURL
from ...models.errors import Errors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    database_id: str,
    *,
    all_: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["all"] = all_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/databases/{database_id}/secureBundleURL".format(
            database_id=quote(str(database_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CredsURL | list[CredsURL] | Errors | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CredsURL | list[CredsURL]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CredsURL.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for componentsschemas_creds_url_list_item_data in _response_200_type_1:
                componentsschemas_creds_url_list_item = CredsURL.from_dict(componentsschemas_creds_url_list_item_data)

                response_200_type_1.append(componentsschemas_creds_url_list_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Errors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Errors.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Errors.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Errors.from_dict(response.json())

        return response_409

    if 500 <= response.status_code <= 599:
        response_5xx = Errors.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CredsURL | list[CredsURL] | Errors]:
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
    all_: bool | Unset = False,
) -> Response[CredsURL | list[CredsURL] | Errors]:
    """Generate secure bundle URL

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredsURL | list[CredsURL] | Errors]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        all_=all_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_id: str,
    *,
    client: AuthenticatedClient,
    all_: bool | Unset = False,
) -> CredsURL | list[CredsURL] | Errors | None:
    """Generate secure bundle URL

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredsURL | list[CredsURL] | Errors
    """

    return sync_detailed(
        database_id=database_id,
        client=client,
        all_=all_,
    ).parsed


async def asyncio_detailed(
    database_id: str,
    *,
    client: AuthenticatedClient,
    all_: bool | Unset = False,
) -> Response[CredsURL | list[CredsURL] | Errors]:
    """Generate secure bundle URL

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredsURL | list[CredsURL] | Errors]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        all_=all_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_id: str,
    *,
    client: AuthenticatedClient,
    all_: bool | Unset = False,
) -> CredsURL | list[CredsURL] | Errors | None:
    """Generate secure bundle URL

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredsURL | list[CredsURL] | Errors
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            client=client,
            all_=all_,
        )
    ).parsed
