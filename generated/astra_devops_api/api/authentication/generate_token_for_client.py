from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_token_body import GenerateTokenBody
from ...models.generate_token_response import GenerateTokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GenerateTokenBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/clientIdSecrets",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GenerateTokenResponse | None:
    if response.status_code == 200:
        response_200 = GenerateTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GenerateTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTokenBody | Unset = UNSET,
) -> Response[Any | GenerateTokenResponse]:
    """Generate an application token

     Generates a new application token with the listed role ids, and optionally an expiry and a
    description. The answer holds the client id, secret and `AstraCS:` token, shown this once; every
    call creates another token.

    Args:
        body (GenerateTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GenerateTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTokenBody | Unset = UNSET,
) -> Any | GenerateTokenResponse | None:
    """Generate an application token

     Generates a new application token with the listed role ids, and optionally an expiry and a
    description. The answer holds the client id, secret and `AstraCS:` token, shown this once; every
    call creates another token.

    Args:
        body (GenerateTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GenerateTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTokenBody | Unset = UNSET,
) -> Response[Any | GenerateTokenResponse]:
    """Generate an application token

     Generates a new application token with the listed role ids, and optionally an expiry and a
    description. The answer holds the client id, secret and `AstraCS:` token, shown this once; every
    call creates another token.

    Args:
        body (GenerateTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GenerateTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTokenBody | Unset = UNSET,
) -> Any | GenerateTokenResponse | None:
    """Generate an application token

     Generates a new application token with the listed role ids, and optionally an expiry and a
    description. The answer holds the client id, secret and `AstraCS:` token, shown this once; every
    call creates another token.

    Args:
        body (GenerateTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GenerateTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
