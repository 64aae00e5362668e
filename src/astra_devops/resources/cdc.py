"""`client.cdc`: change data capture (v3 API) of a database's tables.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models import GetCDCResponse, ListCDCResponse

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, many, one
from .._resource import AsyncResource, SyncResource, async_raw_response, raw_response


class Cdc(SyncResource):
    """Change data capture (v3 API) of a database's tables."""

    @cached_property
    def with_raw_response(self) -> CdcWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return CdcWithRawResponse(self)

    enable = endpoint(ops.enable_cdc, NO_BODY)
    update = endpoint(ops.update_cdc, NO_BODY)
    get = endpoint(ops.get_cdc, one(ListCDCResponse))
    delete = endpoint(ops.delete_cdc, NO_BODY)
    status = endpoint(ops.get_cdc_status, many(GetCDCResponse))


class AsyncCdc(AsyncResource):
    """Change data capture (v3 API) of a database's tables (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncCdcWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncCdcWithRawResponse(self)

    enable = async_endpoint(ops.enable_cdc, NO_BODY)
    update = async_endpoint(ops.update_cdc, NO_BODY)
    get = async_endpoint(ops.get_cdc, one(ListCDCResponse))
    delete = async_endpoint(ops.delete_cdc, NO_BODY)
    status = async_endpoint(ops.get_cdc_status, many(GetCDCResponse))


class CdcWithRawResponse:
    """`client.cdc.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, cdc: Cdc) -> None:
        self.enable = raw_response(cdc.enable)
        self.update = raw_response(cdc.update)
        self.get = raw_response(cdc.get)
        self.delete = raw_response(cdc.delete)
        self.status = raw_response(cdc.status)


class AsyncCdcWithRawResponse:
    """`client.cdc.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, cdc: AsyncCdc) -> None:
        self.enable = async_raw_response(cdc.enable)
        self.update = async_raw_response(cdc.update)
        self.get = async_raw_response(cdc.get)
        self.delete = async_raw_response(cdc.delete)
        self.status = async_raw_response(cdc.status)
