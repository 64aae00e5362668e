"""`client.databases`: list, create, wait for, change and terminate databases.

`create` checks every documented combination before any request: `db_type` ("vector", or
None for the API's default non-vector serverless database) and `pcu_group_id` are for the
serverless tier (`db_type` left out is "vector" there, and none on the other tiers); the PCU
group must exist in the same provider and region; a developer or serverless database takes 1
capacity unit, a classic one (C10...D40) 1 to 12 at creation.
"""

from .._async._raw import AsyncDatabasesWithRawResponse
from .._async.databases import AsyncDatabases
from .._requests.databases import bundle_entries
from .._sync._raw import DatabasesWithRawResponse
from .._sync.databases import Databases

__all__ = [
    "AsyncDatabases",
    "AsyncDatabasesWithRawResponse",
    "Databases",
    "DatabasesWithRawResponse",
    "bundle_entries",
]
