"""`client.regions`: where databases can run."""

from .._async._raw import AsyncRegionsWithRawResponse
from .._async.regions import AsyncRegions
from .._sync._raw import RegionsWithRawResponse
from .._sync.regions import Regions

__all__ = ["AsyncRegions", "AsyncRegionsWithRawResponse", "Regions", "RegionsWithRawResponse"]
