"""`client.custom_domains`: custom domain names of the organization (used with private links).

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from .. import _operations as ops
from .._endpoints import NO_BODY, STRINGS, async_endpoint, endpoint
from .._resource import AsyncResource, SyncResource


class CustomDomains(SyncResource):
    """Custom domain names of the organization (used with private links)."""

    list = endpoint(ops.get_custom_domains, STRINGS)
    set = endpoint(ops.set_custom_domains, NO_BODY)


class AsyncCustomDomains(AsyncResource):
    """Custom domain names of the organization (used with private links) (asynchronous)."""

    list = async_endpoint(ops.get_custom_domains, STRINGS)
    set = async_endpoint(ops.set_custom_domains, NO_BODY)
