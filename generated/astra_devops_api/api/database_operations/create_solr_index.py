from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.errors import Errors
from ...types import UNSET, File, FileTypes, Response, Unset


def _get_kwargs(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    generate_resources: bool,
    schema: File | Unset = UNSET,
    solrconfig: File | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["generateResources"] = generate_resources

    json_schema: FileTypes | Unset = UNSET
    if not isinstance(schema, Unset):
        json_schema = schema.to_tuple()

    params["schema"] = json_schema

    json_solrconfig: FileTypes | Unset = UNSET
    if not isinstance(solrconfig, Unset):
        json_solrconfig = solrconfig.to_tuple()

    params["solrconfig"] = json_solrconfig

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/databases/{database_id}/keyspaces/{keyspace_name}/tables/{table_name}/solr/createCorewithconfigs".format(
            database_id=quote(str(database_id), safe=""),
            keyspace_name=quote(str(keyspace_name), safe=""),
            table_name=quote(str(table_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDescription | Errors | str | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorDescription | Errors | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    generate_resources: bool,
    schema: File | Unset = UNSET,
    solrconfig: File | Unset = UNSET,
) -> Response[Any | ErrorDescription | Errors | str]:
    """Create solr index

    Args:
        database_id (str):
        keyspace_name (str):
        table_name (str):
        generate_resources (bool):
        schema (File | Unset):
        solrconfig (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Errors | str]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        keyspace_name=keyspace_name,
        table_name=table_name,
        generate_resources=generate_resources,
        schema=schema,
        solrconfig=solrconfig,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    generate_resources: bool,
    schema: File | Unset = UNSET,
    solrconfig: File | Unset = UNSET,
) -> Any | ErrorDescription | Errors | str | None:
    """Create solr index

    Args:
        database_id (str):
        keyspace_name (str):
        table_name (str):
        generate_resources (bool):
        schema (File | Unset):
        solrconfig (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Errors | str
    """

    return sync_detailed(
        database_id=database_id,
        keyspace_name=keyspace_name,
        table_name=table_name,
        client=client,
        generate_resources=generate_resources,
        schema=schema,
        solrconfig=solrconfig,
    ).parsed


async def asyncio_detailed(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    generate_resources: bool,
    schema: File | Unset = UNSET,
    solrconfig: File | Unset = UNSET,
) -> Response[Any | ErrorDescription | Errors | str]:
    """Create solr index

    Args:
        database_id (str):
        keyspace_name (str):
        table_name (str):
        generate_resources (bool):
        schema (File | Unset):
        solrconfig (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Errors | str]
    """

    kwargs = _get_kwargs(
        database_id=database_id,
        keyspace_name=keyspace_name,
        table_name=table_name,
        generate_resources=generate_resources,
        schema=schema,
        solrconfig=solrconfig,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    generate_resources: bool,
    schema: File | Unset = UNSET,
    solrconfig: File | Unset = UNSET,
) -> Any | ErrorDescription | Errors | str | None:
    """Create solr index

    Args:
        database_id (str):
        keyspace_name (str):
        table_name (str):
        generate_resources (bool):
        schema (File | Unset):
        solrconfig (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Errors | str
    """

    return (
        await asyncio_detailed(
            database_id=database_id,
            keyspace_name=keyspace_name,
            table_name=table_name,
            client=client,
            generate_resources=generate_resources,
            schema=schema,
            solrconfig=solrconfig,
        )
    ).parsed
