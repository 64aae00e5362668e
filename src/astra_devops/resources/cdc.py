"""`client.cdc`: change data capture (v3 API) of a database's tables.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.models import GetCDCResponse, ListCDCResponse

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, many, one
from .._resource import AsyncResource, SyncResource


class Cdc(SyncResource):
    """Change data capture (v3 API) of a database's tables."""

    enable = endpoint(ops.enable_cdc, NO_BODY)
    update = endpoint(ops.update_cdc, NO_BODY)
    get = endpoint(ops.get_cdc, one(ListCDCResponse))
    delete = endpoint(ops.delete_cdc, NO_BODY)
    status = endpoint(ops.get_cdc_status, many(GetCDCResponse))


class AsyncCdc(AsyncResource):
    """Change data capture (v3 API) of a database's tables (asynchronous)."""

    enable = async_endpoint(ops.enable_cdc, NO_BODY)
    update = async_endpoint(ops.update_cdc, NO_BODY)
    get = async_endpoint(ops.get_cdc, one(ListCDCResponse))
    delete = async_endpoint(ops.delete_cdc, NO_BODY)
    status = async_endpoint(ops.get_cdc_status, many(GetCDCResponse))
