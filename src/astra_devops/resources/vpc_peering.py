"""`client.vpc_peering`: vPC peering between a classic database and your cloud network.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.models import VPCConnection

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class VpcPeering(SyncResource):
    """VPC peering between a classic database and your cloud network."""

    get = endpoint(ops.get_vpc_peering_connection_details, one(VPCConnection))
    create = endpoint(ops.create_vpc_peering_connection, one(VPCConnection))
    delete = endpoint(ops.delete_vpc_peering_connection, NO_BODY)


class AsyncVpcPeering(AsyncResource):
    """VPC peering between a classic database and your cloud network (asynchronous)."""

    get = async_endpoint(ops.get_vpc_peering_connection_details, one(VPCConnection))
    create = async_endpoint(ops.create_vpc_peering_connection, one(VPCConnection))
    delete = async_endpoint(ops.delete_vpc_peering_connection, NO_BODY)
