"""Request builders, checks and parsers of `client.migrations`: no I/O, so both clients share them."""

from __future__ import annotations

from astra_devops_api.models import MigrationStatus

from .. import _statuses, _wait
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


def acted_on(answer: MigrationStatus, call: Call) -> str:
    """The migration a step acts on: the one named in the call, else the one an initialize made."""
    named = call.arguments.get("migration_id", answer.migration_id)
    if not isinstance(named, str) or not named:
        raise APIResponseValidationError(None, f"{call.operation}: the answer carries no migrationID")
    return named
