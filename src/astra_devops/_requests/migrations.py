"""Request builders, checks and parsers of `client.migrations`: no I/O, so both clients share them."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from astra_devops_api.models import MigrationStatus

from .. import _statuses, _validate, _wait
from .._endpoints import Call
from ..errors import APIResponseValidationError

KIND = "migration"
SETUP_TIMEOUT = 600
RUN_TIMEOUT = 7200


def goal(target: str) -> _wait.Goal:
    """Waiting for `target`: the failure states, less the target, end the wait badly."""
    return _wait.Goal(target, _statuses.ended_badly(KIND, target), KIND, _statuses.reached_as(KIND, target))


def status_of(migration: MigrationStatus) -> str:
    return _wait.reported(migration.status)


def ids(database_id: str, migration_id: str) -> tuple[str, str]:
    return _validate.identifier(database_id, "database_id"), _validate.identifier(
        migration_id, "migration_id"
    )


def acted_on(answer: MigrationStatus, call: Call) -> str:
    """The migration a step acts on: the one named in the call, else the one an initialize made."""
    named = call.arguments.get("migration_id", answer.migration_id)
    if not isinstance(named, str) or not named:
        raise APIResponseValidationError(None, f"{call.operation}: the answer carries no migrationID")
    return named


_STEP_DOC = """{summary}; with `wait`, return it once {goal}.

Args:
    database_id: The database's id.
    migration_id: The migration's id (as `MigrationStatus` gives it).
    wait: Wait until the migration is {goal}; False returns as soon as the API accepted the request.
    timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
    poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
        sleeps.
    extra_headers: Headers sent with every request this call makes (never Authorization).
"""


def step_method(method: Callable[..., Any], summary: str, goal: str) -> Callable[..., Any]:
    """`method` (a step's function) with the docstring and signature `help()` shows for the step."""
    method.__doc__ = _STEP_DOC.format(summary=summary, goal=goal)
    signature = inspect.signature(method)
    parameters = list(signature.parameters.values())
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[parameters[0].replace(name="self", annotation=inspect.Parameter.empty), *parameters[1:]]
    )
    return method
