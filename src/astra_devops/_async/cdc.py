"""The methods of `client.cdc` (asynchronous)."""

from __future__ import annotations

from astra_devops_api.models import GetCDCResponse, ListCDCResponse

from .. import _operations as ops
from .._endpoints import NO_BODY, many, one
from ._endpoints import async_endpoint
from ._raw import AsyncCdcWithRawResponse
from ._resource import AsyncResource


class AsyncCdc(AsyncResource[AsyncCdcWithRawResponse]):
    """Change data capture (v3 API) of a database's tables (asynchronous)."""

    enable = async_endpoint(ops.enable_cdc, NO_BODY)
    update = async_endpoint(ops.update_cdc, NO_BODY)
    get = async_endpoint(ops.get_cdc, one(ListCDCResponse))
    delete = async_endpoint(ops.delete_cdc, NO_BODY)
    status = async_endpoint(ops.get_cdc_status, many(GetCDCResponse))
