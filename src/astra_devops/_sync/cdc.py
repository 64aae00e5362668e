# Generated from _async/cdc.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.cdc`."""

from __future__ import annotations

from astra_devops_api.models import GetCDCResponse, ListCDCResponse

from .. import _operations as ops
from .._endpoints import NO_BODY, many, one
from ._endpoints import endpoint
from ._raw import CdcWithRawResponse
from ._resource import SyncResource


class Cdc(SyncResource[CdcWithRawResponse]):
    """Change data capture (v3 API) of a database's tables."""

    enable = endpoint(ops.enable_cdc, NO_BODY)
    update = endpoint(ops.update_cdc, NO_BODY)
    get = endpoint(ops.get_cdc, one(ListCDCResponse))
    delete = endpoint(ops.delete_cdc, NO_BODY)
    status = endpoint(ops.get_cdc_status, many(GetCDCResponse))
