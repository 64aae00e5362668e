"""`client.regions`: where databases can run.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from .._async._raw import AsyncRegionsWithRawResponse
from .._async.regions import AsyncRegions
from .._sync._raw import RegionsWithRawResponse
from .._sync.regions import Regions

__all__ = ["AsyncRegions", "AsyncRegionsWithRawResponse", "Regions", "RegionsWithRawResponse"]
