"""`client.keyspaces`: the keyspaces of a database.

`create(..., if_exists="return")` leaves a keyspace already listed as it is ("error" raises
ConfigurationError), and `delete(..., missing_ok=True)` returns when the keyspace (or its
database) is already gone: both safe to repeat.
"""

from .._async._raw import AsyncKeyspacesWithRawResponse
from .._async.keyspaces import AsyncKeyspaces
from .._sync._raw import KeyspacesWithRawResponse
from .._sync.keyspaces import Keyspaces

__all__ = ["AsyncKeyspaces", "AsyncKeyspacesWithRawResponse", "Keyspaces", "KeyspacesWithRawResponse"]
