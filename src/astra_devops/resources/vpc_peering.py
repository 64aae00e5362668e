"""`client.vpc_peering`: vPC peering between a classic database and your cloud network.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.vpc_peering import (
    create_vpc_peering_connection,
    delete_vpc_peering_connection,
    get_vpc_peering_connection_details,
)
from astra_devops_api.models import VPCConnection

from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class VpcPeering(SyncResource):
    """VPC peering between a classic database and your cloud network."""

    get = endpoint(get_vpc_peering_connection_details, one(VPCConnection))
    create = endpoint(create_vpc_peering_connection, one(VPCConnection))
    delete = endpoint(delete_vpc_peering_connection)


class AsyncVpcPeering(AsyncResource):
    """VPC peering between a classic database and your cloud network (asynchronous)."""

    get = async_endpoint(get_vpc_peering_connection_details, one(VPCConnection))
    create = async_endpoint(create_vpc_peering_connection, one(VPCConnection))
    delete = async_endpoint(delete_vpc_peering_connection)
