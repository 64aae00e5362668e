"""`client.custom_domains`: custom domain names of the organization (used with private links).

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.private_link import get_custom_domains, set_custom_domains

from .._endpoints import async_endpoint, endpoint
from .._resource import AsyncResource, SyncResource


class CustomDomains(SyncResource):
    """Custom domain names of the organization (used with private links)."""

    list = endpoint(get_custom_domains)
    set = endpoint(set_custom_domains)


class AsyncCustomDomains(AsyncResource):
    """Custom domain names of the organization (used with private links) (asynchronous)."""

    list = async_endpoint(get_custom_domains)
    set = async_endpoint(set_custom_domains)
