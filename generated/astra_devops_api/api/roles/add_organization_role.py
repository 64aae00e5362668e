from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_role_request import CreateRoleRequest
from ...models.role_write_response import RoleWriteResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateRoleRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/organizations/roles",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RoleWriteResponse | None:
    if response.status_code == 201:
        response_201 = RoleWriteResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RoleWriteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRoleRequest | Unset = UNSET,
) -> Response[Any | RoleWriteResponse]:
    """Add organization role

     Creates a custom role from a name and a policy (the actions it allows on which resources). The
    answer is the new role with PascalCase keys and the policy as `Policy`, usually JSON text. Each call
    creates a role, even with a name already in use.

    Args:
        body (CreateRoleRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RoleWriteResponse]
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
    body: CreateRoleRequest | Unset = UNSET,
) -> Any | RoleWriteResponse | None:
    """Add organization role

     Creates a custom role from a name and a policy (the actions it allows on which resources). The
    answer is the new role with PascalCase keys and the policy as `Policy`, usually JSON text. Each call
    creates a role, even with a name already in use.

    Args:
        body (CreateRoleRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RoleWriteResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRoleRequest | Unset = UNSET,
) -> Response[Any | RoleWriteResponse]:
    """Add organization role

     Creates a custom role from a name and a policy (the actions it allows on which resources). The
    answer is the new role with PascalCase keys and the policy as `Policy`, usually JSON text. Each call
    creates a role, even with a name already in use.

    Args:
        body (CreateRoleRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RoleWriteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRoleRequest | Unset = UNSET,
) -> Any | RoleWriteResponse | None:
    """Add organization role

     Creates a custom role from a name and a policy (the actions it allows on which resources). The
    answer is the new role with PascalCase keys and the policy as `Policy`, usually JSON text. Each call
    creates a role, even with a name already in use.

    Args:
        body (CreateRoleRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RoleWriteResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
