"""`client.vpc_peering`: vPC peering between a classic database and your cloud network."""

from .._async._raw import AsyncVpcPeeringWithRawResponse
from .._async.vpc_peering import AsyncVpcPeering
from .._sync._raw import VpcPeeringWithRawResponse
from .._sync.vpc_peering import VpcPeering

__all__ = ["AsyncVpcPeering", "AsyncVpcPeeringWithRawResponse", "VpcPeering", "VpcPeeringWithRawResponse"]
