"""The database lifecycle through AstraDevOps against the in-process FakeAstra."""

import zipfile
from pathlib import Path

import pytest

from astra_devops import AstraDevOps, errors
from astra_devops.testing import FakeAstra

FAST = {"poll_interval": 0}


def create(client: AstraDevOps, **extra: object):  # type: ignore[no-untyped-def]
    return client.databases.create(name="db", cloud_provider="AWS", region="us-east-2", **FAST, **extra)


def test_create_waits_for_active_through_the_lifecycle(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = create(client, keyspace="app")
    assert database.status == "ACTIVE"
    assert database.info.keyspace == "app"
    statuses = [r.path for r in fake_astra.requests if r.method == "GET"]
    assert len(statuses) >= 2  # PENDING -> INITIALIZING -> ACTIVE took polls


def test_create_reads_the_new_id_from_location(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = client.databases.create(name="db", cloud_provider="gcp", region="us-east1", wait=False)
    assert database.id in fake_astra.databases
    assert database.status in ("PENDING", "INITIALIZING")
    assert fake_astra.databases[database.id].info["cloudProvider"] == "GCP"


@pytest.mark.parametrize(
    "arguments",
    [
        {"cloud_provider": "IBM"},
        {"capacity_units": 0},
        {"capacity_units": 2},
        {"tier": "C10", "capacity_units": 13, "db_type": None},
        {"tier": "gold"},
        {"name": ""},
        {"keyspace": "1bad"},
        {"region": ""},
        {"timeout": -1},
    ],
)
def test_bad_input_fails_before_any_request(
    client: AstraDevOps, fake_astra: FakeAstra, arguments: dict
) -> None:  # type: ignore[type-arg]
    settings = {"name": "db", "cloud_provider": "AWS", "region": "us-east-2", **arguments}
    with pytest.raises(errors.ConfigurationError):
        client.databases.create(**settings)
    assert fake_astra.requests == []


def test_list_follows_pages_lazily_with_a_capped_limit(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    for index in range(130):
        client.databases.create(name=f"db{index}", cloud_provider="AWS", region="us-east-2", wait=False)
    before = len(fake_astra.requests)
    pages = client.databases.list(page_size=100)
    assert len(fake_astra.requests) == before
    names = [database.info.name for database in pages]
    assert len(names) == 130 and len(set(names)) == 130
    listing = [r for r in fake_astra.requests[before:] if r.path == "/v2/databases"]
    assert [r.query.get("limit") for r in listing] == [["100"], ["100"]]
    assert listing[1].query["starting_after"] == [list(fake_astra.databases)[99]]
    with pytest.raises(errors.ConfigurationError):
        client.databases.list(page_size=101)


def test_list_filters(client: AstraDevOps) -> None:
    create(client)
    gone = create(client)
    client.databases.terminate(gone.id, **FAST)
    assert len(list(client.databases.list())) == 1
    assert len(list(client.databases.list(include="all"))) == 2
    assert list(client.databases.list(provider="GCP")) == []
    with pytest.raises(errors.ConfigurationError):
        client.databases.list(include="everything")


def test_terminate_waits_until_terminated(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = create(client)
    client.databases.terminate(database.id, **FAST)
    assert fake_astra.databases[database.id].status == "TERMINATED"


def test_park_unpark_resize(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = client.databases.create(
        name="c", cloud_provider="AWS", region="us-east-2", tier="C10", capacity_units=3, db_type=None, **FAST
    )
    assert client.databases.park(database.id, **FAST).status == "PARKED"
    assert client.databases.unpark(database.id, **FAST).status == "ACTIVE"
    resized = client.databases.resize(database.id, 6, **FAST)
    assert resized.status == "ACTIVE" and resized.info.capacity_units == 6


def test_wait_false_returns_at_once(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = create(client, tier="C10")
    assert client.databases.park(database.id, wait=False) is None
    assert fake_astra.databases[database.id].status == "PARKING"


def test_wait_false_logs_the_status_it_read(
    client: AstraDevOps, fake_astra: FakeAstra, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("INFO", logger="astra_devops"):
        database = client.databases.create(name="db", cloud_provider="AWS", region="us-east-2", wait=False)
    assert f"database {database.id} is {database.status}" in caplog.messages
    assert not any("VISIBLE" in message for message in caplog.messages)


def test_error_status_fails_at_once(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = client.databases.create(name="db", cloud_provider="AWS", region="us-east-2", wait=False)
    fake_astra.databases[database.id].steps = [("ERROR", None)]
    with pytest.raises(errors.OperationFailedError) as caught:
        client.databases.wait_for_status(database.id, "ACTIVE", **FAST)
    assert caught.value.status == "ERROR"


def test_wait_times_out_with_the_last_status(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = client.databases.create(name="db", cloud_provider="AWS", region="us-east-2", wait=False)
    fake_astra.databases[database.id].steps = [("MAINTENANCE", None)] * 1000
    with pytest.raises(errors.WaitTimeoutError) as caught:
        client.databases.wait_for_status(database.id, "ACTIVE", timeout=0.05, poll_interval=0.01)
    assert caught.value.last_status == "MAINTENANCE" and caught.value.target == "ACTIVE"


def test_unknown_status_comes_back_as_a_string(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = create(client)
    fake_astra.databases[database.id].status = "HIBERNATED"
    assert client.databases.get(database.id).status == "HIBERNATED"


def test_a_busy_database_is_retried_within_the_wait(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = create(client)
    fake_astra.databases[database.id].begin("MAINTENANCE", [("ACTIVE", None)], fake_astra.now())
    fake_astra.advance_on_poll = False
    fake_astra.step_seconds = 0.02
    client.keyspaces.create(database.id, "late", timeout=5, poll_interval=0.01)
    assert "late" in client.keyspaces.list(database.id)
    conflicts = [r for r in fake_astra.requests if r.method == "POST" and r.path.endswith("/keyspaces/late")]
    assert len(conflicts) >= 2


def test_keyspaces_and_datacenters(client: AstraDevOps) -> None:
    database = create(client, keyspace="app")
    client.keyspaces.create(database.id, "extra", **FAST)
    assert client.keyspaces.list(database.id) == ["app", "extra"]
    client.keyspaces.delete(database.id, "extra", **FAST)
    assert client.keyspaces.list(database.id) == ["app"]
    with pytest.raises(errors.ConfigurationError):
        client.keyspaces.create(database.id, "has space")
    client.datacenters.add(database.id, cloud_provider="AWS", region="eu-west-1", **FAST)
    regions = [dc.region for dc in client.datacenters.list(database.id)]
    assert regions == ["us-east-2", "eu-west-1"]
    second = client.datacenters.list(database.id)[1].id
    client.datacenters.terminate(database.id, second, **FAST)
    assert len(client.datacenters.list(database.id)) == 1
    assert len(client.datacenters.list(database.id, include_terminated=True)) == 2


def test_secure_bundle_urls_one_per_datacenter(client: AstraDevOps) -> None:
    database = create(client)
    client.datacenters.add(database.id, cloud_provider="AWS", region="eu-west-1", **FAST)
    entries = client.databases.secure_bundle_urls(database.id)
    assert [entry.datacenter_id for entry in entries] == [f"{database.id}-1", f"{database.id}-2"]


def test_download_secure_bundle(client: AstraDevOps, fake_astra: FakeAstra, tmp_path: Path) -> None:
    database = create(client)
    path = client.databases.download_secure_bundle(database.id, tmp_path / "scb.zip")
    assert zipfile.ZipFile(path).read("config.json")
    download = fake_astra.requests[-1]
    assert download.path.startswith("/fake-bundles/") and "authorization" not in download.headers
    with pytest.raises(errors.ConfigurationError):
        client.databases.download_secure_bundle(database.id, tmp_path / "x.zip", kind="carrier-pigeon")
    with pytest.raises(errors.ConfigurationError):
        client.databases.download_secure_bundle(database.id, tmp_path / "x.zip", datacenter_id="nope")


def test_not_found_and_auth_errors(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    with pytest.raises(errors.NotFoundError):
        client.databases.get("no-such-database")
    stranger = AstraDevOps(
        token="AstraCS:wrong", base_url="https://api.astra.datastax.com", http_client=client._http._http
    )
    with pytest.raises(errors.AuthenticationError):
        stranger.databases.get("x")


def test_reset_password_and_suspend(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = create(client)
    client.databases.reset_password(database.id, "admin", "n3w-Passw0rd")
    body = fake_astra.requests[-1].json()
    assert body == {"username": "admin", "password": "n3w-Passw0rd"}
    with pytest.raises(errors.ConfigurationError):
        client.databases.suspend(database.id, free_consumed=101)
