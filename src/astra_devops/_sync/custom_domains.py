# Generated from _async/custom_domains.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.custom_domains`."""

from __future__ import annotations

from functools import cached_property

from .. import _operations as ops
from .._endpoints import NO_BODY, STRINGS
from ._endpoints import endpoint
from ._raw import CustomDomainsWithRawResponse
from ._resource import SyncResource


class CustomDomains(SyncResource):
    """Custom domain names of the organization (used with private links)."""

    @cached_property
    def with_raw_response(self) -> CustomDomainsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return CustomDomainsWithRawResponse(self)

    list = endpoint(ops.get_custom_domains, STRINGS)
    set = endpoint(ops.set_custom_domains, NO_BODY)
