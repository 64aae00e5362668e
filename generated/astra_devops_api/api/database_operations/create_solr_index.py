from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 202:
        return None

    if response.status_code == 204:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 500:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
) -> Response[Any]:
    """Create a search index on a table

     Creates a Solr search index on a table of an E-tier Managed Cluster (Classic) database, built from
    the table's CQL definition when `generateResources=true`, or from the given `schema` and
    `solrconfig` otherwise. 202 means accepted, not yet built; 204 that the keyspace does not exist; 400
    that the database is not E tier.

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
        Response[Any]
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


async def asyncio_detailed(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    generate_resources: bool,
    schema: File | Unset = UNSET,
    solrconfig: File | Unset = UNSET,
) -> Response[Any]:
    """Create a search index on a table

     Creates a Solr search index on a table of an E-tier Managed Cluster (Classic) database, built from
    the table's CQL definition when `generateResources=true`, or from the given `schema` and
    `solrconfig` otherwise. 202 means accepted, not yet built; 204 that the keyspace does not exist; 400
    that the database is not E tier.

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
        Response[Any]
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
