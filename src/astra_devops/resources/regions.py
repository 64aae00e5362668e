"""`client.regions`: where databases can run.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.models import AvailableRegionCombination, ServerlessRegion

from .. import _operations as ops
from .._endpoints import async_endpoint, endpoint, many
from .._resource import AsyncResource, SyncResource


class Regions(SyncResource):
    """Where databases can run."""

    list = endpoint(ops.list_available_regions, many(AvailableRegionCombination))
    list_serverless = endpoint(ops.list_serverless_regions, many(ServerlessRegion))


class AsyncRegions(AsyncResource):
    """Where databases can run (asynchronous)."""

    list = async_endpoint(ops.list_available_regions, many(AvailableRegionCombination))
    list_serverless = async_endpoint(ops.list_serverless_regions, many(ServerlessRegion))
