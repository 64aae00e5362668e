"""`client.cdc`: change data capture (v3 API) of a database's tables."""

from .._async._raw import AsyncCdcWithRawResponse
from .._async.cdc import AsyncCdc
from .._sync._raw import CdcWithRawResponse
from .._sync.cdc import Cdc

__all__ = ["AsyncCdc", "AsyncCdcWithRawResponse", "Cdc", "CdcWithRawResponse"]
