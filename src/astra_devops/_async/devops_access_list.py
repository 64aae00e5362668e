"""The methods of `client.devops_access_list` (asynchronous)."""

from __future__ import annotations

from astra_devops_api.models import DevOpsAccessListResponse

from .. import _operations as ops
from .._endpoints import NO_BODY, one
from ._endpoints import async_endpoint
from ._raw import AsyncDevOpsAccessListWithRawResponse
from ._resource import AsyncResource


class AsyncDevOpsAccessList(AsyncResource[AsyncDevOpsAccessListWithRawResponse]):
    """The access list that guards the DevOps API itself, per organization (asynchronous)."""

    get = async_endpoint(ops.get_dev_ops_access_list, one(DevOpsAccessListResponse))
    add = async_endpoint(ops.add_dev_ops_access_list, one(DevOpsAccessListResponse))
    replace = async_endpoint(ops.replace_dev_ops_access_list, one(DevOpsAccessListResponse))
    update = async_endpoint(ops.update_dev_ops_access_list, one(DevOpsAccessListResponse))
    delete = async_endpoint(ops.delete_dev_ops_access_list, NO_BODY)
