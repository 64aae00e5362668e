"""`client.custom_domains`: custom domain names of the organization (used with private links).

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from .._async._raw import AsyncCustomDomainsWithRawResponse
from .._async.custom_domains import AsyncCustomDomains
from .._sync._raw import CustomDomainsWithRawResponse
from .._sync.custom_domains import CustomDomains

__all__ = [
    "AsyncCustomDomains",
    "AsyncCustomDomainsWithRawResponse",
    "CustomDomains",
    "CustomDomainsWithRawResponse",
]
