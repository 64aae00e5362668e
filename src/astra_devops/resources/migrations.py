"""`client.migrations`: sSTable-based migrations into a database.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.migrations import (
    abort_migration,
    cleanup_migration,
    get_migration_status,
    initialize_migration,
    initialize_migration_dc,
    launch_migration,
    pause_migration,
    resume_migration,
)
from astra_devops_api.models import MigrationStatus

from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class Migrations(SyncResource):
    """SSTable-based migrations into a database."""

    initialize = endpoint(initialize_migration, one(MigrationStatus))
    initialize_for_datacenter = endpoint(initialize_migration_dc, one(MigrationStatus))
    launch = endpoint(launch_migration, one(MigrationStatus))
    pause = endpoint(pause_migration, one(MigrationStatus))
    resume = endpoint(resume_migration, one(MigrationStatus))
    abort = endpoint(abort_migration, one(MigrationStatus))
    cleanup = endpoint(cleanup_migration, one(MigrationStatus))
    status = endpoint(get_migration_status, one(MigrationStatus))


class AsyncMigrations(AsyncResource):
    """SSTable-based migrations into a database (asynchronous)."""

    initialize = async_endpoint(initialize_migration, one(MigrationStatus))
    initialize_for_datacenter = async_endpoint(initialize_migration_dc, one(MigrationStatus))
    launch = async_endpoint(launch_migration, one(MigrationStatus))
    pause = async_endpoint(pause_migration, one(MigrationStatus))
    resume = async_endpoint(resume_migration, one(MigrationStatus))
    abort = async_endpoint(abort_migration, one(MigrationStatus))
    cleanup = async_endpoint(cleanup_migration, one(MigrationStatus))
    status = async_endpoint(get_migration_status, one(MigrationStatus))
