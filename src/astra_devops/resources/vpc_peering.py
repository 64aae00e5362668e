"""`client.vpc_peering`: vPC peering between a classic database and your cloud network.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from .._async._raw import AsyncVpcPeeringWithRawResponse
from .._async.vpc_peering import AsyncVpcPeering
from .._sync._raw import VpcPeeringWithRawResponse
from .._sync.vpc_peering import VpcPeering

__all__ = ["AsyncVpcPeering", "AsyncVpcPeeringWithRawResponse", "VpcPeering", "VpcPeeringWithRawResponse"]
