from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database import Database
from ...models.error_description import ErrorDescription
from ...models.errors import Errors
from ...models.list_databases_include import ListDatabasesInclude
from ...models.list_databases_provider import ListDatabasesProvider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: ListDatabasesInclude | Unset = ListDatabasesInclude.NONTERMINATED,
    provider: ListDatabasesProvider | Unset = ListDatabasesProvider.ALL,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["starting_after"] = starting_after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/databases",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | Errors | str | list[Database] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Database.from_dict(response_200_item_data)

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
) -> Response[ErrorDescription | Errors | str | list[Database]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    include: ListDatabasesInclude | Unset = ListDatabasesInclude.NONTERMINATED,
    provider: ListDatabasesProvider | Unset = ListDatabasesProvider.ALL,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 25,
) -> Response[ErrorDescription | Errors | str | list[Database]]:
    """List databases

    Args:
        include (ListDatabasesInclude | Unset):  Default: ListDatabasesInclude.NONTERMINATED.
        provider (ListDatabasesProvider | Unset):  Default: ListDatabasesProvider.ALL.
        starting_after (str | Unset):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Errors | str | list[Database]]
    """

    kwargs = _get_kwargs(
        include=include,
        provider=provider,
        starting_after=starting_after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include: ListDatabasesInclude | Unset = ListDatabasesInclude.NONTERMINATED,
    provider: ListDatabasesProvider | Unset = ListDatabasesProvider.ALL,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 25,
) -> ErrorDescription | Errors | str | list[Database] | None:
    """List databases

    Args:
        include (ListDatabasesInclude | Unset):  Default: ListDatabasesInclude.NONTERMINATED.
        provider (ListDatabasesProvider | Unset):  Default: ListDatabasesProvider.ALL.
        starting_after (str | Unset):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Errors | str | list[Database]
    """

    return sync_detailed(
        client=client,
        include=include,
        provider=provider,
        starting_after=starting_after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include: ListDatabasesInclude | Unset = ListDatabasesInclude.NONTERMINATED,
    provider: ListDatabasesProvider | Unset = ListDatabasesProvider.ALL,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 25,
) -> Response[ErrorDescription | Errors | str | list[Database]]:
    """List databases

    Args:
        include (ListDatabasesInclude | Unset):  Default: ListDatabasesInclude.NONTERMINATED.
        provider (ListDatabasesProvider | Unset):  Default: ListDatabasesProvider.ALL.
        starting_after (str | Unset):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Errors | str | list[Database]]
    """

    kwargs = _get_kwargs(
        include=include,
        provider=provider,
        starting_after=starting_after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include: ListDatabasesInclude | Unset = ListDatabasesInclude.NONTERMINATED,
    provider: ListDatabasesProvider | Unset = ListDatabasesProvider.ALL,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 25,
) -> ErrorDescription | Errors | str | list[Database] | None:
    """List databases

    Args:
        include (ListDatabasesInclude | Unset):  Default: ListDatabasesInclude.NONTERMINATED.
        provider (ListDatabasesProvider | Unset):  Default: ListDatabasesProvider.ALL.
        starting_after (str | Unset):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Errors | str | list[Database]
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
            provider=provider,
            starting_after=starting_after,
            limit=limit,
        )
    ).parsed
