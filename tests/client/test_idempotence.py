"""Opt-in idempotence (`missing_ok`, `if_exists`) and the create combinations, checked before any request."""

from __future__ import annotations

import json
from typing import Any

import pytest
from astra_devops_api.models import PCUGroupCreateRequest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops.testing import FakeAstra

FAST = {"poll_interval": 0, "timeout": 30}
POLICY = {"description": "read", "resources": ["drn:astra:org:x"], "actions": ["db-cql"], "effect": "allow"}
WHERE = {"cloud_provider": "AWS", "region": "us-east-1"}


def _creates(fake: FakeAstra) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in fake.requests if (r.method, r.path) == ("POST", "/v2/databases")]


def _group(client: AstraDevOps, region: str) -> str:
    body = [PCUGroupCreateRequest(title="g", cloud_provider="AWS", region=region, min_=1, max_=2)]
    group_id = client.pcu_groups.create(body=body)[0].uuid
    assert isinstance(group_id, str)
    return group_id


def test_terminate_missing_ok_accepts_a_database_already_gone(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    with pytest.raises(errors.NotFoundError):
        client.databases.terminate("no-such-db", **FAST)
    client.databases.terminate("no-such-db", missing_ok=True, **FAST)
    database = client.databases.create(name="db", **WHERE, **FAST)
    client.databases.terminate(database.id, wait=False)
    assert fake_astra.databases[database.id].status == "TERMINATING"
    client.databases.terminate(database.id, missing_ok=True, **FAST)
    assert fake_astra.databases[database.id].status == "TERMINATED"
    client.databases.terminate(database.id, missing_ok=True, **FAST)


def test_terminate_missing_ok_does_not_resend_to_an_ending_database(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    database = client.databases.create(name="db", **WHERE, **FAST)
    client.databases.terminate(database.id, wait=False)
    client.databases.terminate(database.id, missing_ok=True, wait=False)
    terminations = [r for r in fake_astra.requests if r.path.endswith("/terminate")]
    assert len(terminations) == 1


def test_create_if_exists_return_gives_the_live_database(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    first = client.databases.create(name="db", **WHERE, **FAST)
    again = client.databases.create(name="db", **WHERE, if_exists="return", **FAST)
    assert again.id == first.id and again.status == "ACTIVE"
    assert len(_creates(fake_astra)) == 1


def test_create_if_exists_ignores_terminated_namesakes(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    old = client.databases.create(name="db", **WHERE, **FAST)
    client.databases.terminate(old.id, **FAST)
    new = client.databases.create(name="db", **WHERE, if_exists="return", **FAST)
    assert new.id != old.id and len(_creates(fake_astra)) == 2


def test_create_if_exists_error_raises_before_creating(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    first = client.databases.create(name="db", **WHERE, **FAST)
    with pytest.raises(errors.ConfigurationError, match=f"already exists: {first.id}"):
        client.databases.create(name="db", **WHERE, if_exists="error", **FAST)
    with pytest.raises(errors.ConfigurationError, match="in AWS us-east-1, not AWS us-west-2"):
        client.databases.create(name="db", cloud_provider="AWS", region="us-west-2", if_exists="return")
    with pytest.raises(errors.ConfigurationError, match="unknown if_exists 'skip'"):
        client.databases.create(name="db", **WHERE, if_exists="skip")
    assert len(_creates(fake_astra)) == 1


def test_db_type_none_sends_no_db_type(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    client.databases.create(name="plain", **WHERE, db_type=None, wait=False)
    client.databases.create(name="vec", **WHERE, wait=False)
    plain, vector = _creates(fake_astra)
    assert "dbType" not in plain and vector["dbType"] == "vector"


def test_classic_tiers_take_their_starting_capacity(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    created = client.databases.create(
        name="c",
        cloud_provider="AWS",
        region="us-east-1",
        tier="D40",
        capacity_units=12,
        db_type=None,
        **FAST,
    )
    assert (created.info.tier, created.info.capacity_units) == ("D40", 12)
    assert "dbType" not in _creates(fake_astra)[0]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"tier": "C20", "capacity_units": 13, "db_type": None},
            "tier C20 must be a whole number from 1 to 12",
        ),
        ({"tier": "C10", "db_type": "vector"}, "db_type is for the serverless tier, not C10"),
        (
            {"tier": "developer", "db_type": None, "capacity_units": 2},
            "tier developer must be a whole number",
        ),
        ({"tier": "D10", "db_type": None, "pcu_group_id": "g"}, "pcu_group_id is for the serverless tier"),
        ({"pcu_group_id": ""}, "pcu_group_id must be a non-empty string"),
    ],
)
def test_an_undocumented_combination_is_refused_before_any_request(
    client: AstraDevOps, fake_astra: FakeAstra, arguments: dict[str, object], message: str
) -> None:
    with pytest.raises(errors.ConfigurationError, match=message):
        client.databases.create(name="db", **WHERE, **arguments)  # type: ignore[arg-type]
    assert fake_astra.requests == []


def test_a_pcu_group_must_exist_in_the_same_provider_and_region(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    elsewhere = _group(client, "us-west-2")
    with pytest.raises(errors.ConfigurationError, match="is in AWS us-west-2, not AWS us-east-1"):
        client.databases.create(name="db", **WHERE, pcu_group_id=elsewhere)
    with pytest.raises(errors.ConfigurationError, match="no PCU group missing-group"):
        client.databases.create(name="db", **WHERE, pcu_group_id="missing-group")
    assert _creates(fake_astra) == []
    here = _group(client, "us-east-1")
    database = client.databases.create(name="db", **WHERE, pcu_group_id=here, **FAST)
    assert _creates(fake_astra)[0]["pcuGroupUUID"] == here
    assert fake_astra.databases[database.id].datacenters[0]["pcuGroupUUID"] == here


def test_keyspaces_if_exists_and_missing_ok(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = client.databases.create(name="db", keyspace="app", **WHERE, **FAST)
    client.keyspaces.create(database.id, "app", if_exists="return", **FAST)
    with pytest.raises(errors.ConfigurationError, match="keyspace 'app' already exists"):
        client.keyspaces.create(database.id, "app", if_exists="error")
    assert not [r for r in fake_astra.requests if r.method == "POST" and "/keyspaces/" in r.path]
    client.keyspaces.delete(database.id, "nothere", missing_ok=True, **FAST)
    client.keyspaces.delete("no-such-db", "app", missing_ok=True, **FAST)
    with pytest.raises(errors.NotFoundError):
        client.keyspaces.delete(database.id, "nothere", **FAST)
    assert client.keyspaces.list(database.id) == ["app"]


def test_roles_if_exists_and_missing_ok(client: AstraDevOps) -> None:
    role = client.roles.create("readers", POLICY)
    assert client.roles.create("readers", POLICY, if_exists="return").id == role.id
    with pytest.raises(errors.ConfigurationError, match="a role named 'readers' already exists"):
        client.roles.create("readers", POLICY, if_exists="error")
    client.roles.delete(role.id)
    client.roles.delete(role.id, missing_ok=True)
    with pytest.raises(errors.NotFoundError):
        client.roles.delete(role.id)


def test_access_list_delete_missing_ok(client: AstraDevOps) -> None:
    with pytest.raises(errors.NotFoundError):
        client.access_lists.delete("no-such-db", ["10.0.0.0/24"])
    client.access_lists.delete("no-such-db", ["10.0.0.0/24"], missing_ok=True)
    database = client.databases.create(name="db", **WHERE, **FAST)
    client.access_lists.add(database.id, ["10.0.0.0/24"])
    client.access_lists.add(database.id, ["10.0.0.0/24"])
    assert [a.address for a in client.access_lists.get(database.id).addresses] == ["10.0.0.0/24"]


async def test_async_idempotence(async_client: AsyncAstraDevOps, fake_astra: FakeAstra) -> None:
    first = await async_client.databases.create(name="db", **WHERE, **FAST)
    again = await async_client.databases.create(name="db", **WHERE, if_exists="return", **FAST)
    assert again.id == first.id and len(_creates(fake_astra)) == 1
    await async_client.keyspaces.create(first.id, "more", if_exists="return", **FAST)
    await async_client.keyspaces.create(first.id, "more", if_exists="return", **FAST)
    await async_client.keyspaces.delete(first.id, "gone", missing_ok=True, **FAST)
    role = await async_client.roles.create("r", POLICY, if_exists="error")
    assert (await async_client.roles.create("r", POLICY, if_exists="return")).id == role.id
    await async_client.roles.delete("no-such-role", missing_ok=True)
    await async_client.databases.terminate(first.id, **FAST)
    await async_client.databases.terminate(first.id, missing_ok=True, **FAST)
    assert fake_astra.databases[first.id].status == "TERMINATED"
