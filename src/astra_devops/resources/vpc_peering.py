"""`client.vpc_peering`: vPC peering between a classic database and your cloud network.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models import VPCConnection

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource, async_raw_response, raw_response


class VpcPeering(SyncResource):
    """VPC peering between a classic database and your cloud network."""

    @cached_property
    def with_raw_response(self) -> VpcPeeringWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return VpcPeeringWithRawResponse(self)

    get = endpoint(ops.get_vpc_peering_connection_details, one(VPCConnection))
    create = endpoint(ops.create_vpc_peering_connection, one(VPCConnection))
    delete = endpoint(ops.delete_vpc_peering_connection, NO_BODY)


class AsyncVpcPeering(AsyncResource):
    """VPC peering between a classic database and your cloud network (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncVpcPeeringWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncVpcPeeringWithRawResponse(self)

    get = async_endpoint(ops.get_vpc_peering_connection_details, one(VPCConnection))
    create = async_endpoint(ops.create_vpc_peering_connection, one(VPCConnection))
    delete = async_endpoint(ops.delete_vpc_peering_connection, NO_BODY)


class VpcPeeringWithRawResponse:
    """`client.vpc_peering.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, vpc_peering: VpcPeering) -> None:
        self.get = raw_response(vpc_peering.get)
        self.create = raw_response(vpc_peering.create)
        self.delete = raw_response(vpc_peering.delete)


class AsyncVpcPeeringWithRawResponse:
    """`client.vpc_peering.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, vpc_peering: AsyncVpcPeering) -> None:
        self.get = async_raw_response(vpc_peering.get)
        self.create = async_raw_response(vpc_peering.create)
        self.delete = async_raw_response(vpc_peering.delete)
