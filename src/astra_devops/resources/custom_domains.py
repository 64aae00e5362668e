"""`client.custom_domains`: custom domain names of the organization (used with private links)."""

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
