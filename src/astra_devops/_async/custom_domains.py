"""The methods of `client.custom_domains` (asynchronous)."""

from __future__ import annotations

from functools import cached_property

from .. import _operations as ops
from .._endpoints import NO_BODY, STRINGS
from ._endpoints import async_endpoint
from ._raw import AsyncCustomDomainsWithRawResponse
from ._resource import AsyncResource


class AsyncCustomDomains(AsyncResource):
    """Custom domain names of the organization (used with private links) (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomDomainsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncCustomDomainsWithRawResponse(self)

    list = async_endpoint(ops.get_custom_domains, STRINGS)
    set = async_endpoint(ops.set_custom_domains, NO_BODY)
