from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.creds_url import CredsURL
from ...models.error_description import ErrorDescription
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
) -> CredsURL | list[CredsURL] | ErrorDescription | Errors | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CredsURL | list[CredsURL]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_secure_bundle_ur_ls_type_0 = CredsURL.from_dict(data)

                return componentsschemas_secure_bundle_ur_ls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_secure_bundle_ur_ls_type_1 = []
            _componentsschemas_secure_bundle_ur_ls_type_1 = data
            for componentsschemas_creds_url_list_item_data in _componentsschemas_secure_bundle_ur_ls_type_1:
                componentsschemas_creds_url_list_item = CredsURL.from_dict(componentsschemas_creds_url_list_item_data)

                componentsschemas_secure_bundle_ur_ls_type_1.append(componentsschemas_creds_url_list_item)

            return componentsschemas_secure_bundle_ur_ls_type_1

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorDescription | Errors | str:
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

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorDescription | Errors | str:
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

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> ErrorDescription | Errors | str:
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

        response_409 = _parse_response_409(response.json())

        return response_409

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
) -> Response[CredsURL | list[CredsURL] | ErrorDescription | Errors | str]:
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
) -> Response[CredsURL | list[CredsURL] | ErrorDescription | Errors | str]:
    """Generate secure bundle URL

     Temporary pre-signed URLs of the secure connect bundle. Download them without the API's
    `Authorization` header.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredsURL | list[CredsURL] | ErrorDescription | Errors | str]
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
) -> CredsURL | list[CredsURL] | ErrorDescription | Errors | str | None:
    """Generate secure bundle URL

     Temporary pre-signed URLs of the secure connect bundle. Download them without the API's
    `Authorization` header.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredsURL | list[CredsURL] | ErrorDescription | Errors | str
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
) -> Response[CredsURL | list[CredsURL] | ErrorDescription | Errors | str]:
    """Generate secure bundle URL

     Temporary pre-signed URLs of the secure connect bundle. Download them without the API's
    `Authorization` header.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredsURL | list[CredsURL] | ErrorDescription | Errors | str]
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
) -> CredsURL | list[CredsURL] | ErrorDescription | Errors | str | None:
    """Generate secure bundle URL

     Temporary pre-signed URLs of the secure connect bundle. Download them without the API's
    `Authorization` header.

    Args:
        database_id (str):
        all_ (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredsURL | list[CredsURL] | ErrorDescription | Errors | str
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            client=client,
            all_=all_,
        )
    ).parsed
