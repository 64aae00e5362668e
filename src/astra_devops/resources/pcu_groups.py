"""`client.pcu_groups`: provisioned capacity unit (PCU) groups and their datacenters.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.pcu import (
    pcu_association_create,
    pcu_association_delete,
    pcu_association_get,
    pcu_association_transfer,
    pcu_create,
    pcu_delete,
    pcu_get,
    pcu_get_types,
    pcu_group_get_by_datacenter_uuid,
    pcu_group_park,
    pcu_group_unpark,
    pcu_update,
)
from astra_devops_api.models import PCUAssociation, PCUGroup, PCUGroupTypeResponse

from .._endpoints import async_endpoint, endpoint, many
from .._resource import AsyncResource, SyncResource


class PcuGroups(SyncResource):
    """Provisioned capacity unit (PCU) groups and their datacenters."""

    list = endpoint(pcu_get, many(PCUGroup))
    types = endpoint(pcu_get_types, many(PCUGroupTypeResponse))
    get_for_datacenter = endpoint(pcu_group_get_by_datacenter_uuid, many(PCUGroup))
    create = endpoint(pcu_create, many(PCUGroup))
    update = endpoint(pcu_update)
    delete = endpoint(pcu_delete)
    associations = endpoint(pcu_association_get, many(PCUAssociation))
    associate = endpoint(pcu_association_create)
    dissociate = endpoint(pcu_association_delete)
    transfer = endpoint(pcu_association_transfer)
    park = endpoint(pcu_group_park)
    unpark = endpoint(pcu_group_unpark)


class AsyncPcuGroups(AsyncResource):
    """Provisioned capacity unit (PCU) groups and their datacenters (asynchronous)."""

    list = async_endpoint(pcu_get, many(PCUGroup))
    types = async_endpoint(pcu_get_types, many(PCUGroupTypeResponse))
    get_for_datacenter = async_endpoint(pcu_group_get_by_datacenter_uuid, many(PCUGroup))
    create = async_endpoint(pcu_create, many(PCUGroup))
    update = async_endpoint(pcu_update)
    delete = async_endpoint(pcu_delete)
    associations = async_endpoint(pcu_association_get, many(PCUAssociation))
    associate = async_endpoint(pcu_association_create)
    dissociate = async_endpoint(pcu_association_delete)
    transfer = async_endpoint(pcu_association_transfer)
    park = async_endpoint(pcu_group_park)
    unpark = async_endpoint(pcu_group_unpark)
