from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.errors import Errors
from ...models.private_link_create_endpoint_input import PrivateLinkCreateEndpointInput
from ...models.private_link_datacenters import PrivateLinkDatacenters
from ...models.private_link_endpoint import PrivateLinkEndpoint
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: UUID,
    datacenter_id: UUID,
    *,
    body: PrivateLinkCreateEndpointInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/endpoints".format(
            cluster_id=quote(str(cluster_id), safe=""),
            datacenter_id=quote(str(datacenter_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | Errors | str | PrivateLinkDatacenters | PrivateLinkEndpoint | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PrivateLinkDatacenters | PrivateLinkEndpoint:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_private_link_accept_output_type_0 = PrivateLinkEndpoint.from_dict(data)

                return componentsschemas_private_link_accept_output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_private_link_accept_output_type_1 = PrivateLinkDatacenters.from_dict(data)

            return componentsschemas_private_link_accept_output_type_1

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

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorDescription | Errors | str:
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

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | Errors | str | PrivateLinkDatacenters | PrivateLinkEndpoint]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: UUID,
    datacenter_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateLinkCreateEndpointInput | Unset = UNSET,
) -> Response[ErrorDescription | Errors | str | PrivateLinkDatacenters | PrivateLinkEndpoint]:
    """Accept endpoint to service

    Args:
        cluster_id (UUID):
        datacenter_id (UUID):
        body (PrivateLinkCreateEndpointInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Errors | str | PrivateLinkDatacenters | PrivateLinkEndpoint]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        datacenter_id=datacenter_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: UUID,
    datacenter_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateLinkCreateEndpointInput | Unset = UNSET,
) -> ErrorDescription | Errors | str | PrivateLinkDatacenters | PrivateLinkEndpoint | None:
    """Accept endpoint to service

    Args:
        cluster_id (UUID):
        datacenter_id (UUID):
        body (PrivateLinkCreateEndpointInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Errors | str | PrivateLinkDatacenters | PrivateLinkEndpoint
    """

    return sync_detailed(
        cluster_id=cluster_id,
        datacenter_id=datacenter_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cluster_id: UUID,
    datacenter_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateLinkCreateEndpointInput | Unset = UNSET,
) -> Response[ErrorDescription | Errors | str | PrivateLinkDatacenters | PrivateLinkEndpoint]:
    """Accept endpoint to service

    Args:
        cluster_id (UUID):
        datacenter_id (UUID):
        body (PrivateLinkCreateEndpointInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Errors | str | PrivateLinkDatacenters | PrivateLinkEndpoint]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        datacenter_id=datacenter_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: UUID,
    datacenter_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateLinkCreateEndpointInput | Unset = UNSET,
) -> ErrorDescription | Errors | str | PrivateLinkDatacenters | PrivateLinkEndpoint | None:
    """Accept endpoint to service

    Args:
        cluster_id (UUID):
        datacenter_id (UUID):
        body (PrivateLinkCreateEndpointInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Errors | str | PrivateLinkDatacenters | PrivateLinkEndpoint
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            datacenter_id=datacenter_id,
            client=client,
            body=body,
        )
    ).parsed
