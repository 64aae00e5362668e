"""The methods of `client.vpc_peering` (asynchronous)."""

from __future__ import annotations

from astra_devops_api.models import VPCConnection

from .. import _operations as ops
from .._endpoints import NO_BODY, one
from ._endpoints import async_endpoint
from ._raw import AsyncVpcPeeringWithRawResponse
from ._resource import AsyncResource


class AsyncVpcPeering(AsyncResource[AsyncVpcPeeringWithRawResponse]):
    """VPC peering between a classic database and your cloud network (asynchronous)."""

    get = async_endpoint(ops.get_vpc_peering_connection_details, one(VPCConnection))
    create = async_endpoint(ops.create_vpc_peering_connection, one(VPCConnection))
    delete = async_endpoint(ops.delete_vpc_peering_connection, NO_BODY)
