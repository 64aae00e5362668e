"""`client.migrations`: sSTable-based migrations into a database.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.models import MigrationStatus

from .. import _operations as ops
from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class Migrations(SyncResource):
    """SSTable-based migrations into a database."""

    initialize = endpoint(ops.initialize_migration, one(MigrationStatus))
    initialize_for_datacenter = endpoint(ops.initialize_migration_dc, one(MigrationStatus))
    launch = endpoint(ops.launch_migration, one(MigrationStatus))
    pause = endpoint(ops.pause_migration, one(MigrationStatus))
    resume = endpoint(ops.resume_migration, one(MigrationStatus))
    abort = endpoint(ops.abort_migration, one(MigrationStatus))
    cleanup = endpoint(ops.cleanup_migration, one(MigrationStatus))
    status = endpoint(ops.get_migration_status, one(MigrationStatus))


class AsyncMigrations(AsyncResource):
    """SSTable-based migrations into a database (asynchronous)."""

    initialize = async_endpoint(ops.initialize_migration, one(MigrationStatus))
    initialize_for_datacenter = async_endpoint(ops.initialize_migration_dc, one(MigrationStatus))
    launch = async_endpoint(ops.launch_migration, one(MigrationStatus))
    pause = async_endpoint(ops.pause_migration, one(MigrationStatus))
    resume = async_endpoint(ops.resume_migration, one(MigrationStatus))
    abort = async_endpoint(ops.abort_migration, one(MigrationStatus))
    cleanup = async_endpoint(ops.cleanup_migration, one(MigrationStatus))
    status = async_endpoint(ops.get_migration_status, one(MigrationStatus))
