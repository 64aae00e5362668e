"""`client.regions`: where databases can run.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models import AvailableRegionCombination, ServerlessRegion

from .. import _operations as ops
from .._endpoints import async_endpoint, endpoint, many
from .._resource import AsyncResource, SyncResource, async_raw_response, raw_response


class Regions(SyncResource):
    """Where databases can run."""

    @cached_property
    def with_raw_response(self) -> RegionsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return RegionsWithRawResponse(self)

    list = endpoint(ops.list_available_regions, many(AvailableRegionCombination))
    list_serverless = endpoint(ops.list_serverless_regions, many(ServerlessRegion))


class AsyncRegions(AsyncResource):
    """Where databases can run (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncRegionsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncRegionsWithRawResponse(self)

    list = async_endpoint(ops.list_available_regions, many(AvailableRegionCombination))
    list_serverless = async_endpoint(ops.list_serverless_regions, many(ServerlessRegion))


class RegionsWithRawResponse:
    """`client.regions.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, regions: Regions) -> None:
        self.list = raw_response(regions.list)
        self.list_serverless = raw_response(regions.list_serverless)


class AsyncRegionsWithRawResponse:
    """`client.regions.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, regions: AsyncRegions) -> None:
        self.list = async_raw_response(regions.list)
        self.list_serverless = async_raw_response(regions.list_serverless)
