# Generated from _async/regions.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.regions`."""

from __future__ import annotations

from astra_devops_api.models import AvailableRegionCombination, ServerlessRegion

from .. import _operations as ops
from .._endpoints import many
from ._endpoints import endpoint
from ._raw import RegionsWithRawResponse
from ._resource import SyncResource


class Regions(SyncResource[RegionsWithRawResponse]):
    """Where databases can run."""

    list = endpoint(ops.list_available_regions, many(AvailableRegionCombination))
    list_serverless = endpoint(ops.list_serverless_regions, many(ServerlessRegion))
