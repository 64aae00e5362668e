"""The methods of `client.custom_domains` (asynchronous)."""

from __future__ import annotations

from .. import _operations as ops
from .._endpoints import NO_BODY, STRINGS
from ._endpoints import async_endpoint
from ._raw import AsyncCustomDomainsWithRawResponse
from ._resource import AsyncResource


class AsyncCustomDomains(AsyncResource[AsyncCustomDomainsWithRawResponse]):
    """Custom domain names of the organization (used with private links) (asynchronous)."""

    list = async_endpoint(ops.get_custom_domains, STRINGS)
    set = async_endpoint(ops.set_custom_domains, NO_BODY)
