"""`client.devops_access_list`: the access list that guards the DevOps API itself, per organization.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

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
