"""`client.snapshots`: snapshots of a database, and cloning or restoring from them.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.clone import (
    clone_from_db,
    clone_status,
    list_snapshots,
    restore_database,
    restore_status,
)
from astra_devops_api.models import CloneStatus, SnapshotList

from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class Snapshots(SyncResource):
    """Snapshots of a database, and cloning or restoring from them."""

    list = endpoint(list_snapshots, one(SnapshotList))
    clone = endpoint(clone_from_db, one(CloneStatus))
    clone_status = endpoint(clone_status, one(CloneStatus))
    restore = endpoint(restore_database, one(CloneStatus))
    restore_status = endpoint(restore_status, one(CloneStatus))


class AsyncSnapshots(AsyncResource):
    """Snapshots of a database, and cloning or restoring from them (asynchronous)."""

    list = async_endpoint(list_snapshots, one(SnapshotList))
    clone = async_endpoint(clone_from_db, one(CloneStatus))
    clone_status = async_endpoint(clone_status, one(CloneStatus))
    restore = async_endpoint(restore_database, one(CloneStatus))
    restore_status = async_endpoint(restore_status, one(CloneStatus))
