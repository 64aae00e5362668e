"""`FakeAstra.fail_next`: a user's tests drive any long-running operation into a failure state,
and see the client's waits end in OperationFailedError with that status."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from astra_devops_api.models import EnterpriseGenerateReportRequest, PCUGroupCreateRequest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops.testing import FakeAstra
from astra_devops.testing._world import FAILABLE

FAST = {"poll_interval": 0, "timeout": 30}
REPORT = EnterpriseGenerateReportRequest(month="3", year="2026")


def _database(client: AstraDevOps, name: str = "db") -> str:
    return client.databases.create(name=name, cloud_provider="AWS", region="us-east-1", **FAST).id


def _snapshot(client: AstraDevOps, database_id: str) -> str:
    snapshot = client.snapshots.list(database_id).snapshots[0].id
    assert isinstance(snapshot, str)
    return snapshot


def _create_database(client: AstraDevOps) -> object:
    return _database(client, "failing")


def _clone(client: AstraDevOps) -> object:
    source, target = _database(client, "source"), _database(client, "target")
    return client.snapshots.clone(target, source, snapshot_id=_snapshot(client, source), **FAST)


def _restore(client: AstraDevOps) -> object:
    database = _database(client)
    return client.snapshots.restore(database, snapshot_id=_snapshot(client, database), **FAST)


def _migration(client: AstraDevOps) -> object:
    return client.migrations.initialize(_database(client), **FAST)


def _report(client: AstraDevOps) -> object:
    return client.enterprise.generate_billing_report(body=REPORT, **FAST)


def _pcu_group(client: AstraDevOps) -> object:
    body = [PCUGroupCreateRequest(title="g", cloud_provider="AWS", region="us-east-1", min_=1, max_=2)]
    group_id = client.pcu_groups.create(body=body)[0].uuid
    assert isinstance(group_id, str)
    return client.pcu_groups.wait_for_status(group_id, "ACTIVE", **FAST)


STARTS: dict[str, Callable[[AstraDevOps], object]] = {
    "database": _create_database,
    "clone": _clone,
    "restore": _restore,
    "migration": _migration,
    "report": _report,
    "pcu_group": _pcu_group,
}


@pytest.mark.parametrize(("kind", "status"), [(kind, status) for kind in STARTS for status in FAILABLE[kind]])
def test_the_next_start_of_a_kind_fails_and_the_wait_says_so(
    client: AstraDevOps, fake_astra: FakeAstra, kind: str, status: str
) -> None:
    fake_astra.fail_next(kind, status)
    with pytest.raises(errors.OperationFailedError) as caught:
        STARTS[kind](client)
    assert caught.value.status == status
    STARTS[kind](client)  # one planned failure fails one start: the next one succeeds


def test_a_failed_clone_releases_its_target(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    source, target = _database(client, "source"), _database(client, "target")
    fake_astra.fail_next("clone")
    started = client.snapshots.clone(target, source, snapshot_id=_snapshot(client, source), wait=False)
    assert client.databases.get(target).status == "MAINTENANCE"
    assert isinstance(started.operation_id, str)
    with pytest.raises(errors.OperationFailedError):
        client.snapshots.wait_for_clone(target, started.operation_id, **FAST)
    assert client.databases.get(target).status == "ACTIVE"


def test_a_launched_migration_fails_after_its_running_steps(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    database = _database(client)
    migration = client.migrations.initialize(database, **FAST)
    assert isinstance(migration.migration_id, str)
    fake_astra.fail_next("migration")
    assert client.migrations.launch(database, migration.migration_id, wait=False).status == "STARTING"
    seen = [client.migrations.status(database, migration.migration_id).status for _ in range(3)]
    assert seen == ["IN_PROGRESS", "ERROR", "ERROR"]


def test_failures_queue_per_kind_and_leave_other_kinds_alone(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    fake_astra.fail_next("report", "FAILED")
    fake_astra.fail_next("report", "ERROR")
    _database(client)
    _pcu_group(client)
    outcomes = []
    for _ in range(3):
        try:
            outcomes.append(getattr(_report(client), "status", None))
        except errors.OperationFailedError as failure:
            outcomes.append(failure.status)
    assert outcomes == ["FAILED", "ERROR", "COMPLETED"]


def test_heal_drops_planned_failures(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    fake_astra.fail_next("database")
    fake_astra.heal()
    assert client.databases.get(_database(client)).status == "ACTIVE"


@pytest.mark.parametrize(
    ("kind", "status"), [("keyspace", "ERROR"), ("Database", "ERROR"), ("clone", ""), ("database", "FAILED")]
)
def test_what_cannot_fail_is_refused_at_once(fake_astra: FakeAstra, kind: str, status: str) -> None:
    with pytest.raises(ValueError, match=r"no such kind|fails with one of"):
        fake_astra.fail_next(kind, status)
    assert fake_astra.world.failures == {}


def test_a_served_fake_fails_for_any_client() -> None:
    fake = FakeAstra()
    fake.fail_next("restore", "FAILED")
    with (
        fake.serve() as url,
        AstraDevOps(token=fake.token, base_url=url) as client,
        pytest.raises(errors.OperationFailedError) as caught,
    ):
        _restore(client)
    assert caught.value.status == "FAILED"
    assert any("restoreStatus" in request.path for request in fake.requests)


async def test_async_waits_see_the_failure(async_client: AsyncAstraDevOps, fake_astra: FakeAstra) -> None:
    fake_astra.fail_next("report")
    with pytest.raises(errors.OperationFailedError) as caught:
        await async_client.enterprise.generate_billing_report(body=REPORT, **FAST)
    assert caught.value.status == "ERROR"
