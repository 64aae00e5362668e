"""The waiting actions declared in one line (`async_action` and its sync twin `action`) behave as
hand-written methods did: the same answer, a raw view, their own default timeout, `help()` naming their
goal, the `wait` overloads `typing.get_overloads` finds, ids checked before any request."""

from __future__ import annotations

import inspect
from typing import get_overloads

import pytest
from astra_devops_api.models import PCUGroupCreateRequest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops._async._endpoints import async_action
from astra_devops._async.databases import AsyncDatabases
from astra_devops._async.migrations import AsyncMigrations
from astra_devops._async.pcu_groups import AsyncPcuGroups
from astra_devops._sync._endpoints import action
from astra_devops._sync.databases import Databases
from astra_devops._sync.migrations import Migrations
from astra_devops._sync.pcu_groups import PcuGroups
from astra_devops.testing import FakeAstra

FAST = {"poll_interval": 0, "timeout": 30}
DECLARED = [
    (Migrations, AsyncMigrations, "launch", "DONE", 7200),
    (Migrations, AsyncMigrations, "resume", "DONE", 7200),
    (Migrations, AsyncMigrations, "pause", "PAUSED", 600),
    (Migrations, AsyncMigrations, "abort", "ABORTED", 600),
    (PcuGroups, AsyncPcuGroups, "park", "PARKED", 1800),
    (PcuGroups, AsyncPcuGroups, "unpark", "ACTIVE", 1800),
    (Databases, AsyncDatabases, "park", "PARKED", 1800),
    (Databases, AsyncDatabases, "unpark", "ACTIVE", 1800),
    (Databases, AsyncDatabases, "resize", "ACTIVE again", 1800),
]


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize(("sync", "async_", "name", "goal", "timeout"), DECLARED)
def test_each_action_is_a_declaration_with_its_goal_and_timeout(
    sync: type, async_: type, name: str, goal: str, timeout: int, asynchronous: bool
) -> None:
    cls, kind = (async_, async_action) if asynchronous else (sync, action)
    assert isinstance(inspect.getattr_static(cls, name), kind)
    method = getattr(cls, name)
    assert inspect.signature(method).parameters["timeout"].default == timeout
    assert f"once {goal}" in (method.__doc__ or "")
    assert method.__qualname__ == f"{cls.__qualname__}.{name}"


@pytest.mark.parametrize(
    ("cls", "name"),
    [(cls, name) for cls in (PcuGroups, AsyncPcuGroups) for name in ("park", "unpark")]
    + [(cls, name) for cls in (Databases, AsyncDatabases) for name in ("park", "unpark", "resize")],
)
def test_an_action_answering_none_unwaited_has_the_three_wait_overloads(cls: type, name: str) -> None:
    overloads = [inspect.signature(each) for each in get_overloads(getattr(cls, name))]
    waits = [str(each.parameters["wait"]) for each in overloads]
    assert waits == ["wait: 'Literal[True]' = True", "wait: 'Literal[False]'", "wait: 'bool' = True"]
    model = "PCUGroup" if "Pcu" in cls.__name__ else "Database"
    assert [each.return_annotation for each in overloads] == [model, "None", f"{model} | None"]


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


def test_a_declared_park_takes_its_id_by_keyword_and_waits(client: AstraDevOps) -> None:
    body = [PCUGroupCreateRequest(title="g", cloud_provider="AWS", region="us-east-1", min_=1, max_=2)]
    group_id = client.pcu_groups.create(body=body)[0].uuid
    assert isinstance(group_id, str)
    client.pcu_groups.wait_for_status(group_id, "ACTIVE", **FAST)
    parked = client.pcu_groups.park(pcu_group_id=f" {group_id} ", **FAST)
    assert parked.uuid == group_id and parked.status == "PARKED"
    assert client.pcu_groups.unpark(group_id, wait=False) is None


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.pcu_groups.park(""), errors.ConfigurationError),
        (lambda c: c.databases.unpark("a/b"), errors.ConfigurationError),
        (lambda c: c.migrations.pause("db", "m", "extra"), TypeError),
        (lambda c: c.databases.park("db", colour="red"), TypeError),
        (lambda c: c.databases.resize("db", 0), errors.ConfigurationError),
        (lambda c: c.pcu_groups.unpark("g", timeout=-1), errors.ConfigurationError),
    ],
)
def test_a_declared_action_refuses_bad_arguments_before_any_request(
    client: AstraDevOps, fake_astra: FakeAstra, call: object, error: type[Exception]
) -> None:
    before = len(fake_astra.requests)
    with pytest.raises(error):
        call(client)  # type: ignore[operator]
    assert len(fake_astra.requests) == before


def test_with_raw_response_is_the_groups_own_view_made_once(client: AstraDevOps) -> None:
    view = client.cdc.with_raw_response
    assert type(view).__name__ == "CdcWithRawResponse" and client.cdc.with_raw_response is view
