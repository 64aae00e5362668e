"""Every long-running operation waits (sync and async), and a wait resumes from an id.

Against the fake, each status read moves a lifecycle one step, so `poll_interval=0` waits
without sleeping. PCU park/unpark, clone, restore, migrations, billing reports, datacenters.
"""

from __future__ import annotations

import logging

import httpx
import pytest
from astra_devops_api.models import EnterpriseGenerateReportRequest, PCUGroupCreateRequest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops.testing import FakeAstra

FAST = {"poll_interval": 0, "timeout": 30}
REPORT = EnterpriseGenerateReportRequest(month="3", year="2026")


def _group(client: AstraDevOps, region: str = "us-east-1") -> str:
    body = [PCUGroupCreateRequest(title="g", cloud_provider="AWS", region=region, min_=1, max_=2)]
    group_id = client.pcu_groups.create(body=body)[0].uuid
    assert isinstance(group_id, str)
    return group_id


def _database(client: AstraDevOps, name: str = "db") -> str:
    return client.databases.create(name=name, cloud_provider="AWS", region="us-east-1", **FAST).id


def test_pcu_park_and_unpark_wait_and_log_each_status(
    client: AstraDevOps, caplog: pytest.LogCaptureFixture
) -> None:
    group_id = _group(client)
    client.pcu_groups.wait_for_status(group_id, "active", **FAST)
    caplog.set_level(logging.INFO, logger="astra_devops")
    parked = client.pcu_groups.park(group_id, **FAST)
    assert parked is not None and parked.status == "PARKED"
    unparked = client.pcu_groups.unpark(group_id, **FAST)
    assert unparked is not None and unparked.status == "ACTIVE"
    assert [r.getMessage() for r in caplog.records if r.name == "astra_devops"] == [
        f"PCU group {group_id} is PARKED",
        f"PCU group {group_id} is ACTIVE",
    ]


def test_pcu_park_without_waiting_then_resume_the_wait(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    group_id = _group(client)
    client.pcu_groups.wait_for_status(group_id, "ACTIVE", **FAST)
    assert client.pcu_groups.park(group_id, wait=False) is None
    assert fake_astra.org.pcu_groups[group_id].status == "PARKING"
    assert client.pcu_groups.wait_for_status(group_id, "PARKED", **FAST).status == "PARKED"


def test_a_pcu_group_gone_while_waiting_ends_the_wait(client: AstraDevOps) -> None:
    """The fake answers 400 for an unknown group (a 404 would read as "gone": OperationFailedError)."""
    group_id = _group(client)
    client.pcu_groups.delete(group_id)
    with pytest.raises(errors.APIStatusError) as caught:
        client.pcu_groups.wait_for_status(group_id, "ACTIVE", **FAST)
    assert caught.value.status_code == 400 and group_id in str(caught.value)


def test_a_wait_that_sees_no_progress_times_out(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    group_id = _group(client)
    fake_astra.advance_on_poll = False
    # The fixture's pauses move the fake's clock: no step may fall due within the wait.
    fake_astra.step_seconds = 3600.0
    with pytest.raises(errors.WaitTimeoutError) as caught:
        client.pcu_groups.wait_for_status(group_id, "ACTIVE", timeout=0.05, poll_interval=0.01)
    assert caught.value.last_status == "CREATING"


@pytest.mark.parametrize("arguments", [{"timeout": -1}, {"poll_interval": float("nan")}, {"timeout": None}])
def test_bad_wait_arguments_are_refused_before_any_request(
    client: AstraDevOps, fake_astra: FakeAstra, arguments: dict[str, object]
) -> None:
    with pytest.raises(errors.ConfigurationError):
        client.pcu_groups.park("group-1", **arguments)  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError):
        client.snapshots.restore("db-1", snapshot_id="s", **arguments)  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError):
        client.migrations.launch("db-1", "m-1", **arguments)  # type: ignore[arg-type]
    assert fake_astra.requests == []


def test_clone_and_restore_wait_until_done(client: AstraDevOps) -> None:
    source, target = _database(client, "source"), _database(client, "target")
    snapshot = client.snapshots.list(source).snapshots[0].id
    assert isinstance(snapshot, str)
    assert client.snapshots.clone(target, source, snapshot_id=snapshot, **FAST).status == "DONE"
    assert client.databases.get(target).status == "ACTIVE"
    assert client.snapshots.restore(source, snapshot_id=snapshot, **FAST).status == "DONE"


def test_clone_and_restore_waits_resume_from_the_operation_id(client: AstraDevOps) -> None:
    source, target = _database(client, "source"), _database(client, "target")
    snapshot = client.snapshots.list(source).snapshots[0].id
    assert isinstance(snapshot, str)
    started = client.snapshots.clone(target, source, snapshot_id=snapshot, wait=False)
    assert started.status == "RUNNING" and isinstance(started.operation_id, str)
    assert client.snapshots.wait_for_clone(target, started.operation_id, **FAST).status == "DONE"
    restore = client.snapshots.restore(source, snapshot_id=snapshot, wait=False)
    assert isinstance(restore.operation_id, str)
    assert client.snapshots.wait_for_restore(source, restore.operation_id, **FAST).status == "DONE"


def test_an_unknown_operation_is_a_failure_not_an_endless_wait(client: AstraDevOps) -> None:
    database = _database(client)
    with pytest.raises(errors.OperationFailedError) as caught:
        client.snapshots.wait_for_restore(database, "no-such-operation", **FAST)
    assert caught.value.status == "gone"


def test_transient_errors_while_polling_are_no_news(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    source = _database(client)
    snapshot = client.snapshots.list(source).snapshots[0].id
    assert isinstance(snapshot, str)
    started = client.snapshots.restore(source, snapshot_id=snapshot, wait=False)
    assert isinstance(started.operation_id, str)
    fake_astra.fail("GET /v2/databases/{databaseID}/restoreStatus/{operationID}", [503] * 8)
    done = client.snapshots.wait_for_restore(source, started.operation_id, **FAST)
    assert done.status == "DONE"
    polls = [r for r in fake_astra.requests if "restoreStatus" in r.path]
    assert len(polls) > 8


def test_a_migration_waits_through_each_step(client: AstraDevOps) -> None:
    database = _database(client)
    migration = client.migrations.initialize(database, **FAST)
    assert migration.status == "READY" and isinstance(migration.migration_id, str)
    launched = client.migrations.launch(database, migration.migration_id, **FAST)
    assert launched.status == "DONE"
    assert client.migrations.cleanup(database, migration.migration_id).migration_id == migration.migration_id


def test_a_migration_is_paused_aborted_and_resumed_from_its_id(client: AstraDevOps) -> None:
    database = _database(client)
    started = client.migrations.initialize(database, wait=False)
    assert started.status == "INITIALIZING" and isinstance(started.migration_id, str)
    migration_id = started.migration_id
    assert client.migrations.wait_for_status(database, migration_id, "ready", **FAST).status == "READY"
    assert client.migrations.launch(database, migration_id, wait=False).status == "STARTING"
    assert client.migrations.pause(database, migration_id, **FAST).status in ("PAUSED", "READY")
    assert client.migrations.resume(database, migration_id, wait=False).status == "STARTING"
    assert client.migrations.wait_for_status(database, migration_id, **FAST).status == "DONE"


def test_a_billing_report_waits_until_completed(client: AstraDevOps) -> None:
    report = client.enterprise.generate_billing_report(body=REPORT, **FAST)
    assert report.status == "COMPLETED"
    assert isinstance(report.report_details.csv_download_url, str)


def test_a_billing_report_wait_resumes_from_its_id(client: AstraDevOps) -> None:
    started = client.enterprise.generate_billing_report(body=REPORT, wait=False)
    assert started.status == "PENDING"
    done = client.enterprise.wait_for_billing_report(str(started.report_id), **FAST)
    assert (done.status, done.report_id) == ("COMPLETED", started.report_id)
    with pytest.raises(errors.ConfigurationError, match="report_id must be a UUID"):
        client.enterprise.wait_for_billing_report("not-a-uuid")


def test_datacenter_add_and_terminate_wait_for_the_listing(client: AstraDevOps) -> None:
    database = _database(client)
    added = client.datacenters.add(database, cloud_provider="AWS", region="us-west-2", **FAST)
    assert added is not None and (added.region, added.status) == ("us-west-2", "ACTIVE")
    assert isinstance(added.id, str)
    assert added.id in {dc.id for dc in client.datacenters.list(database)}
    client.datacenters.terminate(database, added.id, **FAST)
    assert added.id not in {dc.id for dc in client.datacenters.list(database)}


def test_datacenter_waits_resume_in_another_process(client: AstraDevOps) -> None:
    database = _database(client)
    assert client.datacenters.add(database, cloud_provider="AWS", region="us-west-2", wait=False) is None
    added = client.datacenters.wait_until_listed(database, "us-west-2", **FAST)
    assert isinstance(added.id, str)
    client.datacenters.terminate(database, added.id, wait=False)
    client.datacenters.wait_until_removed(database, added.id, **FAST)
    assert [dc.region for dc in client.datacenters.list(database)] == ["us-east-1"]


async def _async_database(client: AsyncAstraDevOps, name: str = "db") -> str:
    return (await client.databases.create(name=name, cloud_provider="AWS", region="us-east-1", **FAST)).id


async def test_async_pcu_park_unpark_and_resume(async_client: AsyncAstraDevOps) -> None:
    body = [PCUGroupCreateRequest(title="g", cloud_provider="AWS", region="us-east-1", min_=1, max_=2)]
    group_id = (await async_client.pcu_groups.create(body=body))[0].uuid
    assert isinstance(group_id, str)
    assert (await async_client.pcu_groups.wait_for_status(group_id, "ACTIVE", **FAST)).status == "ACTIVE"
    parked = await async_client.pcu_groups.park(group_id, **FAST)
    assert parked is not None and parked.status == "PARKED"
    assert await async_client.pcu_groups.unpark(group_id, wait=False) is None
    assert (await async_client.pcu_groups.wait_for_status(group_id, "ACTIVE", **FAST)).status == "ACTIVE"


async def test_async_clone_and_restore(async_client: AsyncAstraDevOps) -> None:
    source, target = await _async_database(async_client, "s"), await _async_database(async_client, "t")
    snapshot = (await async_client.snapshots.list(source)).snapshots[0].id
    assert isinstance(snapshot, str)
    cloned = await async_client.snapshots.clone(target, source, snapshot_id=snapshot, **FAST)
    assert cloned.status == "DONE"
    started = await async_client.snapshots.restore(source, snapshot_id=snapshot, wait=False)
    assert isinstance(started.operation_id, str)
    restored = await async_client.snapshots.wait_for_restore(source, started.operation_id, **FAST)
    assert restored.status == "DONE"


async def test_async_migration_and_billing_report(async_client: AsyncAstraDevOps) -> None:
    database = await _async_database(async_client)
    migration = await async_client.migrations.initialize(database, **FAST)
    assert isinstance(migration.migration_id, str)
    launched = await async_client.migrations.launch(database, migration.migration_id, **FAST)
    assert launched.status == "DONE"
    report = await async_client.enterprise.generate_billing_report(body=REPORT, **FAST)
    assert report.status == "COMPLETED"


async def test_async_datacenters(async_client: AsyncAstraDevOps) -> None:
    database = await _async_database(async_client)
    added = await async_client.datacenters.add(database, cloud_provider="AWS", region="us-west-2", **FAST)
    assert added is not None and isinstance(added.id, str)
    await async_client.datacenters.terminate(database, added.id, wait=False)
    await async_client.datacenters.wait_until_removed(database, added.id, **FAST)
    assert [dc.region for dc in await async_client.datacenters.list(database)] == ["us-east-1"]


def _scripted(*statuses: str) -> AstraDevOps:
    """A client whose every restore status read answers the next of `statuses` (the last repeats)."""
    answers = list(statuses)

    def answer(request: httpx.Request) -> httpx.Response:
        status = answers.pop(0) if len(answers) > 1 else answers[0]
        return httpx.Response(200, json={"operationID": "op-1", "status": status})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return AstraDevOps(token="AstraCS:scripted", base_url="https://api.astra.datastax.com", http_client=http)


@pytest.mark.parametrize("failure", ["FAILED", "ERROR", "failed"])
def test_a_failure_state_ends_the_wait_with_operation_failed(failure: str) -> None:
    client = _scripted("RUNNING", "RUNNING", failure)
    with pytest.raises(errors.OperationFailedError) as caught:
        client.snapshots.wait_for_restore("db-1", "op-1", **FAST)
    assert (caught.value.database_id, caught.value.target, caught.value.status) == (
        "op-1",
        "DONE",
        "FAILED" if failure == "failed" else failure,
    )


@pytest.mark.parametrize("done", ["DONE", "COMPLETED", "SUCCEEDED"])
def test_each_spelling_of_success_ends_the_wait(done: str) -> None:
    assert _scripted("RUNNING", done).snapshots.wait_for_restore("db-1", "op-1", **FAST).status == done
