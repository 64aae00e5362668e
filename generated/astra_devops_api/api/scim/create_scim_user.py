from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_user import SCIMUser
from ...types import Response


def _get_kwargs(
    *,
    body: SCIMUser,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/scim/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SCIMUser | None:
    if response.status_code == 201:
        response_201 = SCIMUser.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | SCIMUser]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SCIMUser,
) -> Response[Any | SCIMUser]:
    """Create a SCIM user

     Provisions a user in the organization from a SCIM 2.0 user resource. Answers 201 with the user as
    stored; 409 if the user name is taken.

    Args:
        body (SCIMUser):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SCIMUser]
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
    body: SCIMUser,
) -> Any | SCIMUser | None:
    """Create a SCIM user

     Provisions a user in the organization from a SCIM 2.0 user resource. Answers 201 with the user as
    stored; 409 if the user name is taken.

    Args:
        body (SCIMUser):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SCIMUser
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SCIMUser,
) -> Response[Any | SCIMUser]:
    """Create a SCIM user

     Provisions a user in the organization from a SCIM 2.0 user resource. Answers 201 with the user as
    stored; 409 if the user name is taken.

    Args:
        body (SCIMUser):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SCIMUser]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SCIMUser,
) -> Any | SCIMUser | None:
    """Create a SCIM user

     Provisions a user in the organization from a SCIM 2.0 user resource. Answers 201 with the user as
    stored; 409 if the user name is taken.

    Args:
        body (SCIMUser):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SCIMUser
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
