"""`client.cdc`: change data capture (v3 API) of a database's tables.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.database_operations import (
    delete_cdc,
    enable_cdc,
    get_cdc,
    get_cdc_status,
    update_cdc,
)
from astra_devops_api.models import GetCDCResponse, ListCDCResponse

from .._endpoints import async_endpoint, endpoint, many, one
from .._resource import AsyncResource, SyncResource


class Cdc(SyncResource):
    """Change data capture (v3 API) of a database's tables."""

    enable = endpoint(enable_cdc)
    update = endpoint(update_cdc)
    get = endpoint(get_cdc, one(ListCDCResponse))
    delete = endpoint(delete_cdc)
    status = endpoint(get_cdc_status, many(GetCDCResponse))


class AsyncCdc(AsyncResource):
    """Change data capture (v3 API) of a database's tables (asynchronous)."""

    enable = async_endpoint(enable_cdc)
    update = async_endpoint(update_cdc)
    get = async_endpoint(get_cdc, one(ListCDCResponse))
    delete = async_endpoint(delete_cdc)
    status = async_endpoint(get_cdc_status, many(GetCDCResponse))
