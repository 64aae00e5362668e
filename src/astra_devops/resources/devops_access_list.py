"""`client.devops_access_list`: the access list that guards the DevOps API itself, per organization."""

from .._async._raw import AsyncDevOpsAccessListWithRawResponse
from .._async.devops_access_list import AsyncDevOpsAccessList
from .._sync._raw import DevOpsAccessListWithRawResponse
from .._sync.devops_access_list import DevOpsAccessList

__all__ = [
    "AsyncDevOpsAccessList",
    "AsyncDevOpsAccessListWithRawResponse",
    "DevOpsAccessList",
    "DevOpsAccessListWithRawResponse",
]
