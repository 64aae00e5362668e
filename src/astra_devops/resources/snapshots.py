"""`client.snapshots`: snapshots of a database, and cloning or restoring from them.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.models import CloneStatus, SnapshotList

from .. import _operations as ops
from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class Snapshots(SyncResource):
    """Snapshots of a database, and cloning or restoring from them."""

    list = endpoint(ops.list_snapshots, one(SnapshotList))
    clone = endpoint(ops.clone_from_db, one(CloneStatus))
    clone_status = endpoint(ops.clone_status, one(CloneStatus))
    restore = endpoint(ops.restore_database, one(CloneStatus))
    restore_status = endpoint(ops.restore_status, one(CloneStatus))


class AsyncSnapshots(AsyncResource):
    """Snapshots of a database, and cloning or restoring from them (asynchronous)."""

    list = async_endpoint(ops.list_snapshots, one(SnapshotList))
    clone = async_endpoint(ops.clone_from_db, one(CloneStatus))
    clone_status = async_endpoint(ops.clone_status, one(CloneStatus))
    restore = async_endpoint(ops.restore_database, one(CloneStatus))
    restore_status = async_endpoint(ops.restore_status, one(CloneStatus))
