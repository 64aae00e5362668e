"""`client.pcu_groups`: provisioned capacity unit (PCU) groups and their datacenters.

Each one-line method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models. Park and unpark wait, by default,
until the group is PARKED or ACTIVE again.
"""

from .._async._raw import AsyncPcuGroupsWithRawResponse
from .._async.pcu_groups import AsyncPcuGroups
from .._sync._raw import PcuGroupsWithRawResponse
from .._sync.pcu_groups import PcuGroups

__all__ = ["AsyncPcuGroups", "AsyncPcuGroupsWithRawResponse", "PcuGroups", "PcuGroupsWithRawResponse"]
