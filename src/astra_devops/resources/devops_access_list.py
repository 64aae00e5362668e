"""`client.devops_access_list`: the access list that guards the DevOps API itself, per organization.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.dev_ops_access_list import (
    add_dev_ops_access_list,
    delete_dev_ops_access_list,
    get_dev_ops_access_list,
    replace_dev_ops_access_list,
    update_dev_ops_access_list,
)
from astra_devops_api.models import DevOpsAccessListResponse

from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class DevOpsAccessList(SyncResource):
    """The access list that guards the DevOps API itself, per organization."""

    get = endpoint(get_dev_ops_access_list, one(DevOpsAccessListResponse))
    add = endpoint(add_dev_ops_access_list, one(DevOpsAccessListResponse))
    replace = endpoint(replace_dev_ops_access_list, one(DevOpsAccessListResponse))
    update = endpoint(update_dev_ops_access_list, one(DevOpsAccessListResponse))
    delete = endpoint(delete_dev_ops_access_list)


class AsyncDevOpsAccessList(AsyncResource):
    """The access list that guards the DevOps API itself, per organization (asynchronous)."""

    get = async_endpoint(get_dev_ops_access_list, one(DevOpsAccessListResponse))
    add = async_endpoint(add_dev_ops_access_list, one(DevOpsAccessListResponse))
    replace = async_endpoint(replace_dev_ops_access_list, one(DevOpsAccessListResponse))
    update = async_endpoint(update_dev_ops_access_list, one(DevOpsAccessListResponse))
    delete = async_endpoint(delete_dev_ops_access_list)
