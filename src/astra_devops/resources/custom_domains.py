"""`client.custom_domains`: custom domain names of the organization (used with private links).

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from functools import cached_property

from .. import _operations as ops
from .._endpoints import NO_BODY, STRINGS, async_endpoint, endpoint
from .._resource import AsyncResource, SyncResource, async_raw_response, raw_response


class CustomDomains(SyncResource):
    """Custom domain names of the organization (used with private links)."""

    @cached_property
    def with_raw_response(self) -> CustomDomainsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return CustomDomainsWithRawResponse(self)

    list = endpoint(ops.get_custom_domains, STRINGS)
    set = endpoint(ops.set_custom_domains, NO_BODY)


class AsyncCustomDomains(AsyncResource):
    """Custom domain names of the organization (used with private links) (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomDomainsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncCustomDomainsWithRawResponse(self)

    list = async_endpoint(ops.get_custom_domains, STRINGS)
    set = async_endpoint(ops.set_custom_domains, NO_BODY)


class CustomDomainsWithRawResponse:
    """`client.custom_domains.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, custom_domains: CustomDomains) -> None:
        self.list = raw_response(custom_domains.list)
        self.set = raw_response(custom_domains.set)


class AsyncCustomDomainsWithRawResponse:
    """`client.custom_domains.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, custom_domains: AsyncCustomDomains) -> None:
        self.list = async_raw_response(custom_domains.list)
        self.set = async_raw_response(custom_domains.set)
