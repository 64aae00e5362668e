"""`client.datacenters`: the regions a database runs in.

`add` and `terminate` wait, by default, until the database is ACTIVE again and the datacenter
is listed (ACTIVE) or no longer listed; `wait_until_listed` and `wait_until_removed` resume
such a wait in another process.
"""

from .._async._raw import AsyncDatacentersWithRawResponse
from .._async.datacenters import AsyncDatacenters
from .._sync._raw import DatacentersWithRawResponse
from .._sync.datacenters import Datacenters

__all__ = ["AsyncDatacenters", "AsyncDatacentersWithRawResponse", "Datacenters", "DatacentersWithRawResponse"]
