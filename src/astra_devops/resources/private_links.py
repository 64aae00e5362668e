"""`client.private_links`: private endpoints between your cloud network and Astra datacenters.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models import (
    PrivateLinkClusterOutput,
    PrivateLinkCreateConfigOutput,
    PrivateLinkDatacenterOutput,
    PrivateLinkEndpoint,
    PrivateLinkOrgOutput,
)

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource, async_raw_response, raw_response


class PrivateLinks(SyncResource):
    """Private endpoints between your cloud network and Astra datacenters."""

    @cached_property
    def with_raw_response(self) -> PrivateLinksWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return PrivateLinksWithRawResponse(self)

    list = endpoint(ops.list_private_links_for_org, one(PrivateLinkOrgOutput))
    list_for_database = endpoint(ops.list_private_links_for_cluster, one(PrivateLinkClusterOutput))
    get = endpoint(ops.get_private_links_for_datacenter, one(PrivateLinkDatacenterOutput))
    configure = endpoint(ops.add_allowed_principal_to_service, one(PrivateLinkCreateConfigOutput))
    add_allowed_principal = endpoint(ops.add_allowed_principal, one(PrivateLinkCreateConfigOutput))
    remove_allowed_principal = endpoint(ops.remove_allowed_principal_from_service, NO_BODY)
    accept_endpoint = endpoint(ops.accept_endpoint_to_service, one(PrivateLinkEndpoint))
    get_endpoint = endpoint(ops.get_private_link_endpoint, one(PrivateLinkEndpoint))
    update_endpoint = endpoint(ops.update_endpoint_description, one(PrivateLinkEndpoint))
    reject_endpoint = endpoint(ops.reject_endpoint, NO_BODY)


class AsyncPrivateLinks(AsyncResource):
    """Private endpoints between your cloud network and Astra datacenters (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncPrivateLinksWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncPrivateLinksWithRawResponse(self)

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


class PrivateLinksWithRawResponse:
    """`client.private_links.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, private_links: PrivateLinks) -> None:
        self.list = raw_response(private_links.list)
        self.list_for_database = raw_response(private_links.list_for_database)
        self.get = raw_response(private_links.get)
        self.configure = raw_response(private_links.configure)
        self.add_allowed_principal = raw_response(private_links.add_allowed_principal)
        self.remove_allowed_principal = raw_response(private_links.remove_allowed_principal)
        self.accept_endpoint = raw_response(private_links.accept_endpoint)
        self.get_endpoint = raw_response(private_links.get_endpoint)
        self.update_endpoint = raw_response(private_links.update_endpoint)
        self.reject_endpoint = raw_response(private_links.reject_endpoint)


class AsyncPrivateLinksWithRawResponse:
    """`client.private_links.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, private_links: AsyncPrivateLinks) -> None:
        self.list = async_raw_response(private_links.list)
        self.list_for_database = async_raw_response(private_links.list_for_database)
        self.get = async_raw_response(private_links.get)
        self.configure = async_raw_response(private_links.configure)
        self.add_allowed_principal = async_raw_response(private_links.add_allowed_principal)
        self.remove_allowed_principal = async_raw_response(private_links.remove_allowed_principal)
        self.accept_endpoint = async_raw_response(private_links.accept_endpoint)
        self.get_endpoint = async_raw_response(private_links.get_endpoint)
        self.update_endpoint = async_raw_response(private_links.update_endpoint)
        self.reject_endpoint = async_raw_response(private_links.reject_endpoint)
