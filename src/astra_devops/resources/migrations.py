"""`client.migrations`: sSTable-based migrations into a database.

Every step waits, by default, for the status it leads to: initialize for READY, launch and
resume for DONE, pause for PAUSED and abort for ABORTED (the live API's names; READY, which
a paused or aborted migration returns to, is accepted too). `wait_for_status` resumes a wait
from the migration's id. `cleanup` (no documented status after it) and `status` do not wait.
"""

from .._async._raw import AsyncMigrationsWithRawResponse
from .._async.migrations import AsyncMigrations
from .._sync._raw import MigrationsWithRawResponse
from .._sync.migrations import Migrations

__all__ = ["AsyncMigrations", "AsyncMigrationsWithRawResponse", "Migrations", "MigrationsWithRawResponse"]
