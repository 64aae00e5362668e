"""The methods of `client.private_links` (asynchronous)."""

from __future__ import annotations

from astra_devops_api.models import (
    PrivateLinkClusterOutput,
    PrivateLinkCreateConfigOutput,
    PrivateLinkDatacenterOutput,
    PrivateLinkEndpoint,
    PrivateLinkOrgOutput,
)

from .. import _operations as ops
from .._endpoints import NO_BODY, one
from ._endpoints import async_endpoint
from ._raw import AsyncPrivateLinksWithRawResponse
from ._resource import AsyncResource


class AsyncPrivateLinks(AsyncResource[AsyncPrivateLinksWithRawResponse]):
    """Private endpoints between your cloud network and Astra datacenters (asynchronous)."""

    list = async_endpoint(ops.list_private_links_for_org, one(PrivateLinkOrgOutput))
    list_for_database = async_endpoint(ops.list_private_links_for_cluster, one(PrivateLinkClusterOutput))
    get = async_endpoint(ops.get_private_links_for_datacenter, one(PrivateLinkDatacenterOutput))
    configure = async_endpoint(ops.add_allowed_principal_to_service, one(PrivateLinkCreateConfigOutput))
    add_allowed_principal = async_endpoint(ops.add_allowed_principal, one(PrivateLinkCreateConfigOutput))
    remove_allowed_principal = async_endpoint(ops.remove_allowed_principal_from_service, NO_BODY)
    accept_endpoint = async_endpoint(ops.accept_endpoint_to_service, one(PrivateLinkEndpoint))
    get_endpoint = async_endpoint(ops.get_private_link_endpoint, one(PrivateLinkEndpoint))
    update_endpoint = async_endpoint(ops.update_endpoint_description, one(PrivateLinkEndpoint))
    reject_endpoint = async_endpoint(ops.reject_endpoint, NO_BODY)
