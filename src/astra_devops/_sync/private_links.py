# Generated from _async/private_links.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.private_links`."""

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
from ._endpoints import endpoint
from ._raw import PrivateLinksWithRawResponse
from ._resource import SyncResource


class PrivateLinks(SyncResource[PrivateLinksWithRawResponse]):
    """Private endpoints between your cloud network and Astra datacenters."""

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
