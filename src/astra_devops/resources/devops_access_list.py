"""`client.devops_access_list`: the access list that guards the DevOps API itself, per organization.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.models import DevOpsAccessListResponse

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class DevOpsAccessList(SyncResource):
    """The access list that guards the DevOps API itself, per organization."""

    get = endpoint(ops.get_dev_ops_access_list, one(DevOpsAccessListResponse))
    add = endpoint(ops.add_dev_ops_access_list, one(DevOpsAccessListResponse))
    replace = endpoint(ops.replace_dev_ops_access_list, one(DevOpsAccessListResponse))
    update = endpoint(ops.update_dev_ops_access_list, one(DevOpsAccessListResponse))
    delete = endpoint(ops.delete_dev_ops_access_list, NO_BODY)


class AsyncDevOpsAccessList(AsyncResource):
    """The access list that guards the DevOps API itself, per organization (asynchronous)."""

    get = async_endpoint(ops.get_dev_ops_access_list, one(DevOpsAccessListResponse))
    add = async_endpoint(ops.add_dev_ops_access_list, one(DevOpsAccessListResponse))
    replace = async_endpoint(ops.replace_dev_ops_access_list, one(DevOpsAccessListResponse))
    update = async_endpoint(ops.update_dev_ops_access_list, one(DevOpsAccessListResponse))
    delete = async_endpoint(ops.delete_dev_ops_access_list, NO_BODY)
