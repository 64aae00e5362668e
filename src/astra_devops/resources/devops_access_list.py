"""`client.devops_access_list`: the access list that guards the DevOps API itself, per organization.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models import DevOpsAccessListResponse

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource, async_raw_response, raw_response


class DevOpsAccessList(SyncResource):
    """The access list that guards the DevOps API itself, per organization."""

    @cached_property
    def with_raw_response(self) -> DevOpsAccessListWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return DevOpsAccessListWithRawResponse(self)

    get = endpoint(ops.get_dev_ops_access_list, one(DevOpsAccessListResponse))
    add = endpoint(ops.add_dev_ops_access_list, one(DevOpsAccessListResponse))
    replace = endpoint(ops.replace_dev_ops_access_list, one(DevOpsAccessListResponse))
    update = endpoint(ops.update_dev_ops_access_list, one(DevOpsAccessListResponse))
    delete = endpoint(ops.delete_dev_ops_access_list, NO_BODY)


class AsyncDevOpsAccessList(AsyncResource):
    """The access list that guards the DevOps API itself, per organization (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncDevOpsAccessListWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncDevOpsAccessListWithRawResponse(self)

    get = async_endpoint(ops.get_dev_ops_access_list, one(DevOpsAccessListResponse))
    add = async_endpoint(ops.add_dev_ops_access_list, one(DevOpsAccessListResponse))
    replace = async_endpoint(ops.replace_dev_ops_access_list, one(DevOpsAccessListResponse))
    update = async_endpoint(ops.update_dev_ops_access_list, one(DevOpsAccessListResponse))
    delete = async_endpoint(ops.delete_dev_ops_access_list, NO_BODY)


class DevOpsAccessListWithRawResponse:
    """`client.devops_access_list.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, devops_access_list: DevOpsAccessList) -> None:
        self.get = raw_response(devops_access_list.get)
        self.add = raw_response(devops_access_list.add)
        self.replace = raw_response(devops_access_list.replace)
        self.update = raw_response(devops_access_list.update)
        self.delete = raw_response(devops_access_list.delete)


class AsyncDevOpsAccessListWithRawResponse:
    """`client.devops_access_list.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, devops_access_list: AsyncDevOpsAccessList) -> None:
        self.get = async_raw_response(devops_access_list.get)
        self.add = async_raw_response(devops_access_list.add)
        self.replace = async_raw_response(devops_access_list.replace)
        self.update = async_raw_response(devops_access_list.update)
        self.delete = async_raw_response(devops_access_list.delete)
