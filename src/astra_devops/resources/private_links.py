"""`client.private_links`: private endpoints between your cloud network and Astra datacenters.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.private_link import (
    accept_endpoint_to_service,
    add_allowed_principal,
    add_allowed_principal_to_service,
    get_private_link_endpoint,
    get_private_links_for_datacenter,
    list_private_links_for_cluster,
    list_private_links_for_org,
    reject_endpoint,
    remove_allowed_principal_from_service,
    update_endpoint_description,
)
from astra_devops_api.models import (
    PrivateLinkClusterOutput,
    PrivateLinkCreateConfigOutput,
    PrivateLinkDatacenterOutput,
    PrivateLinkEndpoint,
    PrivateLinkOrgOutput,
)

from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class PrivateLinks(SyncResource):
    """Private endpoints between your cloud network and Astra datacenters."""

    list = endpoint(list_private_links_for_org, one(PrivateLinkOrgOutput))
    list_for_database = endpoint(list_private_links_for_cluster, one(PrivateLinkClusterOutput))
    get = endpoint(get_private_links_for_datacenter, one(PrivateLinkDatacenterOutput))
    configure = endpoint(add_allowed_principal_to_service, one(PrivateLinkCreateConfigOutput))
    add_allowed_principal = endpoint(add_allowed_principal, one(PrivateLinkCreateConfigOutput))
    remove_allowed_principal = endpoint(remove_allowed_principal_from_service)
    accept_endpoint = endpoint(accept_endpoint_to_service, one(PrivateLinkEndpoint))
    get_endpoint = endpoint(get_private_link_endpoint, one(PrivateLinkEndpoint))
    update_endpoint = endpoint(update_endpoint_description, one(PrivateLinkEndpoint))
    reject_endpoint = endpoint(reject_endpoint)


class AsyncPrivateLinks(AsyncResource):
    """Private endpoints between your cloud network and Astra datacenters (asynchronous)."""

    list = async_endpoint(list_private_links_for_org, one(PrivateLinkOrgOutput))
    list_for_database = async_endpoint(list_private_links_for_cluster, one(PrivateLinkClusterOutput))
    get = async_endpoint(get_private_links_for_datacenter, one(PrivateLinkDatacenterOutput))
    configure = async_endpoint(add_allowed_principal_to_service, one(PrivateLinkCreateConfigOutput))
    add_allowed_principal = async_endpoint(add_allowed_principal, one(PrivateLinkCreateConfigOutput))
    remove_allowed_principal = async_endpoint(remove_allowed_principal_from_service)
    accept_endpoint = async_endpoint(accept_endpoint_to_service, one(PrivateLinkEndpoint))
    get_endpoint = async_endpoint(get_private_link_endpoint, one(PrivateLinkEndpoint))
    update_endpoint = async_endpoint(update_endpoint_description, one(PrivateLinkEndpoint))
    reject_endpoint = async_endpoint(reject_endpoint)
