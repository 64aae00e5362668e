# Generated from _async/custom_domains.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.custom_domains`."""

from __future__ import annotations

from .. import _operations as ops
from .._endpoints import NO_BODY, STRINGS
from ._endpoints import endpoint
from ._raw import CustomDomainsWithRawResponse
from ._resource import SyncResource


class CustomDomains(SyncResource[CustomDomainsWithRawResponse]):
    """Custom domain names of the organization (used with private links)."""

    list = endpoint(ops.get_custom_domains, STRINGS)
    set = endpoint(ops.set_custom_domains, NO_BODY)
