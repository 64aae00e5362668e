"""`client.pcu_groups`: provisioned capacity unit (PCU) groups and their datacenters.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.models import PCUAssociation, PCUGroup, PCUGroupTypeResponse

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, many
from .._resource import AsyncResource, SyncResource


class PcuGroups(SyncResource):
    """Provisioned capacity unit (PCU) groups and their datacenters."""

    list = endpoint(ops.pcu_get, many(PCUGroup))
    types = endpoint(ops.pcu_get_types, many(PCUGroupTypeResponse))
    get_for_datacenter = endpoint(ops.pcu_group_get_by_datacenter_uuid, many(PCUGroup))
    create = endpoint(ops.pcu_create, many(PCUGroup))
    update = endpoint(ops.pcu_update, NO_BODY)
    delete = endpoint(ops.pcu_delete, NO_BODY)
    associations = endpoint(ops.pcu_association_get, many(PCUAssociation))
    associate = endpoint(ops.pcu_association_create, NO_BODY)
    dissociate = endpoint(ops.pcu_association_delete, NO_BODY)
    transfer = endpoint(ops.pcu_association_transfer, NO_BODY)
    park = endpoint(ops.pcu_group_park, NO_BODY)
    unpark = endpoint(ops.pcu_group_unpark, NO_BODY)


class AsyncPcuGroups(AsyncResource):
    """Provisioned capacity unit (PCU) groups and their datacenters (asynchronous)."""

    list = async_endpoint(ops.pcu_get, many(PCUGroup))
    types = async_endpoint(ops.pcu_get_types, many(PCUGroupTypeResponse))
    get_for_datacenter = async_endpoint(ops.pcu_group_get_by_datacenter_uuid, many(PCUGroup))
    create = async_endpoint(ops.pcu_create, many(PCUGroup))
    update = async_endpoint(ops.pcu_update, NO_BODY)
    delete = async_endpoint(ops.pcu_delete, NO_BODY)
    associations = async_endpoint(ops.pcu_association_get, many(PCUAssociation))
    associate = async_endpoint(ops.pcu_association_create, NO_BODY)
    dissociate = async_endpoint(ops.pcu_association_delete, NO_BODY)
    transfer = async_endpoint(ops.pcu_association_transfer, NO_BODY)
    park = async_endpoint(ops.pcu_group_park, NO_BODY)
    unpark = async_endpoint(ops.pcu_group_unpark, NO_BODY)
