"""`client.private_links`: private endpoints between your cloud network and Astra datacenters."""

from .._async._raw import AsyncPrivateLinksWithRawResponse
from .._async.private_links import AsyncPrivateLinks
from .._sync._raw import PrivateLinksWithRawResponse
from .._sync.private_links import PrivateLinks

__all__ = [
    "AsyncPrivateLinks",
    "AsyncPrivateLinksWithRawResponse",
    "PrivateLinks",
    "PrivateLinksWithRawResponse",
]
