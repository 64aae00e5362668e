from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database import Database
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[Database] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Database.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if 500 <= response.status_code <= 599:
        response_5xx = response.json()
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[Database]]:
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
) -> Response[Any | list[Database]]:
    """List databases

     Lists the databases the token can see, by default every one not terminated; `include` selects by
    status and `provider` by cloud. The list is paged: ask for the next page with the id of the last
    database received as `starting_after`, up to `limit` (1 to 100, 25 by default) per page.

    Args:
        include (ListDatabasesInclude | Unset):  Default: ListDatabasesInclude.NONTERMINATED.
        provider (ListDatabasesProvider | Unset):  Default: ListDatabasesProvider.ALL.
        starting_after (str | Unset):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Database]]
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
) -> Any | list[Database] | None:
    """List databases

     Lists the databases the token can see, by default every one not terminated; `include` selects by
    status and `provider` by cloud. The list is paged: ask for the next page with the id of the last
    database received as `starting_after`, up to `limit` (1 to 100, 25 by default) per page.

    Args:
        include (ListDatabasesInclude | Unset):  Default: ListDatabasesInclude.NONTERMINATED.
        provider (ListDatabasesProvider | Unset):  Default: ListDatabasesProvider.ALL.
        starting_after (str | Unset):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Database]
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
) -> Response[Any | list[Database]]:
    """List databases

     Lists the databases the token can see, by default every one not terminated; `include` selects by
    status and `provider` by cloud. The list is paged: ask for the next page with the id of the last
    database received as `starting_after`, up to `limit` (1 to 100, 25 by default) per page.

    Args:
        include (ListDatabasesInclude | Unset):  Default: ListDatabasesInclude.NONTERMINATED.
        provider (ListDatabasesProvider | Unset):  Default: ListDatabasesProvider.ALL.
        starting_after (str | Unset):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Database]]
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
) -> Any | list[Database] | None:
    """List databases

     Lists the databases the token can see, by default every one not terminated; `include` selects by
    status and `provider` by cloud. The list is paged: ask for the next page with the id of the last
    database received as `starting_after`, up to `limit` (1 to 100, 25 by default) per page.

    Args:
        include (ListDatabasesInclude | Unset):  Default: ListDatabasesInclude.NONTERMINATED.
        provider (ListDatabasesProvider | Unset):  Default: ListDatabasesProvider.ALL.
        starting_after (str | Unset):
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Database]
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
