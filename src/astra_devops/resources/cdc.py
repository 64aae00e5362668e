"""`client.cdc`: change data capture (v3 API) of a database's tables.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from .._async._raw import AsyncCdcWithRawResponse
from .._async.cdc import AsyncCdc
from .._sync._raw import CdcWithRawResponse
from .._sync.cdc import Cdc

__all__ = ["AsyncCdc", "AsyncCdcWithRawResponse", "Cdc", "CdcWithRawResponse"]
