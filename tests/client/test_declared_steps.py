"""The migration steps declared in one line (`async_step`) behave as hand-written methods did:
the same answer, a raw view, their own default timeout, and `help()` naming their goal."""

from __future__ import annotations

import inspect

import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps
from astra_devops._async.migrations import AsyncMigrations, async_step
from astra_devops._sync.migrations import Migrations, step

FAST = {"poll_interval": 0, "timeout": 30}


@pytest.mark.parametrize(("cls", "kind"), [(Migrations, step), (AsyncMigrations, async_step)])
@pytest.mark.parametrize(
    ("name", "goal", "timeout"),
    [("launch", "DONE", 7200), ("resume", "DONE", 7200), ("pause", "PAUSED", 600)],
)
def test_each_step_is_a_declaration_with_its_goal_and_timeout(
    cls: type, kind: type, name: str, goal: str, timeout: int
) -> None:
    assert isinstance(inspect.getattr_static(cls, name), kind)
    method = getattr(cls, name)
    assert inspect.signature(method).parameters["timeout"].default == timeout
    assert f"once {goal}." in (method.__doc__ or "")
    assert method.__qualname__ == f"{cls.__qualname__}.{name}"


def test_a_step_answers_raw_without_waiting(client: AstraDevOps) -> None:
    database = client.databases.create(name="db", cloud_provider="AWS", region="us-east-1", **FAST).id
    migration_id = client.migrations.initialize(database, **FAST).migration_id
    assert isinstance(migration_id, str)
    raw = client.migrations.with_raw_response.launch(database, migration_id, wait=False)
    assert raw.status_code < 300 and raw.parse().status == "STARTING"


async def test_an_async_step_waits_for_its_goal(async_client: AsyncAstraDevOps) -> None:
    created = await async_client.databases.create(name="db", cloud_provider="AWS", region="us-east-1", **FAST)
    migration = await async_client.migrations.initialize(created.id, **FAST)
    assert isinstance(migration.migration_id, str)
    launched = await async_client.migrations.launch(created.id, migration.migration_id, **FAST)
    assert launched.status == "DONE"
