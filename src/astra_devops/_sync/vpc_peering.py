# Generated from _async/vpc_peering.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.vpc_peering`."""

from __future__ import annotations

from astra_devops_api.models import VPCConnection

from .. import _operations as ops
from .._endpoints import NO_BODY, one
from ._endpoints import endpoint
from ._raw import VpcPeeringWithRawResponse
from ._resource import SyncResource


class VpcPeering(SyncResource[VpcPeeringWithRawResponse]):
    """VPC peering between a classic database and your cloud network."""

    get = endpoint(ops.get_vpc_peering_connection_details, one(VPCConnection))
    create = endpoint(ops.create_vpc_peering_connection, one(VPCConnection))
    delete = endpoint(ops.delete_vpc_peering_connection, NO_BODY)
