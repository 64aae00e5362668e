"""Request builders, checks and parsers of `client.snapshots`: no I/O, so both clients share them."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from astra_devops_api.models import CloneStatus

from .. import _wait
from .._endpoints import Call, one
from ..errors import APIResponseValidationError

OPERATION_TIMEOUT = 3600
DONE = frozenset({"DONE", "COMPLETED", "SUCCEEDED", "SUCCESS"})
FAILED = frozenset({"ERROR", "FAILED", "ABORTED", "CANCELLED"})
CLONE = _wait.Goal("DONE", FAILED, "clone", DONE)
RESTORE = _wait.Goal("DONE", FAILED, "restore", DONE)
Status = Callable[[str, str], Call]


def status_of(operation: CloneStatus) -> str:
    return _wait.reported(operation.status)


def started(response: httpx.Response) -> str:
    """The id of the operation a clone or restore started (the answer must carry one)."""
    operation = one(CloneStatus).read(response)
    if not isinstance(operation.operation_id, str) or not operation.operation_id:
        raise APIResponseValidationError(response, "the answer starting the operation carries no operationID")
    return operation.operation_id
