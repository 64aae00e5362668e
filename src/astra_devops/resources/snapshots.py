"""`client.snapshots`: snapshots of a database, and cloning or restoring from them.

The one-line methods take the generated operation's arguments (see `help()` on it) and return
its generated model. `clone` and `restore` wait, by default, until their operation is DONE;
`wait_for_clone` and `wait_for_restore` resume such a wait from the operation's id.
"""

from .._async._raw import AsyncSnapshotsWithRawResponse
from .._async.snapshots import AsyncSnapshots
from .._sync._raw import SnapshotsWithRawResponse
from .._sync.snapshots import Snapshots

__all__ = ["AsyncSnapshots", "AsyncSnapshotsWithRawResponse", "Snapshots", "SnapshotsWithRawResponse"]
