"""The methods of `client.regions` (asynchronous)."""

from __future__ import annotations

from astra_devops_api.models import AvailableRegionCombination, ServerlessRegion

from .. import _operations as ops
from .._endpoints import many
from ._endpoints import async_endpoint
from ._raw import AsyncRegionsWithRawResponse
from ._resource import AsyncResource


class AsyncRegions(AsyncResource[AsyncRegionsWithRawResponse]):
    """Where databases can run (asynchronous)."""

    list = async_endpoint(ops.list_available_regions, many(AvailableRegionCombination))
    list_serverless = async_endpoint(ops.list_serverless_regions, many(ServerlessRegion))
