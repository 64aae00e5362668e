"""Request builders, checks and parsers of `client.snapshots`: no I/O, so both clients share them."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from astra_devops_api.models import CloneStatus

from .. import _statuses, _wait
from .._endpoints import Call, one
from ..errors import APIResponseValidationError

OPERATION_TIMEOUT = 3600
KIND = "snapshot"
CLONE = _wait.Goal("DONE", _statuses.ended_badly(KIND, "DONE"), "clone", _statuses.reached_as(KIND, "DONE"))
RESTORE = _wait.Goal(
    "DONE", _statuses.ended_badly(KIND, "DONE"), "restore", _statuses.reached_as(KIND, "DONE")
)
Status = Callable[[str, str], Call]


def status_of(operation: CloneStatus) -> str:
    return _wait.reported(operation.status)


def started(response: httpx.Response) -> str:
    """The id of the operation a clone or restore started (the answer must carry one)."""
    operation = one(CloneStatus).read(response)
    if not isinstance(operation.operation_id, str) or not operation.operation_id:
        raise APIResponseValidationError(response, "the answer starting the operation carries no operationID")
    return operation.operation_id
