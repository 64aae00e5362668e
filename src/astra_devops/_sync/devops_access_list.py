# Generated from _async/devops_access_list.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.devops_access_list`."""

from __future__ import annotations

from astra_devops_api.models import DevOpsAccessListResponse

from .. import _operations as ops
from .._endpoints import NO_BODY, one
from ._endpoints import endpoint
from ._raw import DevOpsAccessListWithRawResponse
from ._resource import SyncResource


class DevOpsAccessList(SyncResource[DevOpsAccessListWithRawResponse]):
    """The access list that guards the DevOps API itself, per organization."""

    get = endpoint(ops.get_dev_ops_access_list, one(DevOpsAccessListResponse))
    add = endpoint(ops.add_dev_ops_access_list, one(DevOpsAccessListResponse))
    replace = endpoint(ops.replace_dev_ops_access_list, one(DevOpsAccessListResponse))
    update = endpoint(ops.update_dev_ops_access_list, one(DevOpsAccessListResponse))
    delete = endpoint(ops.delete_dev_ops_access_list, NO_BODY)
