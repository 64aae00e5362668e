"""A classic database's life through both clients against the fake: created without naming a
`db_type` (it defaults to what fits the tier), parked, unparked, resized and terminated; and the
refusal of park, unpark and resize on a serverless database, which the vendor documents as
classic-only (seed 000 line 70; seed 003 line 25). The fake answers that refusal with a 400
(BadRequestError) naming the action and the tier, the status it gives every invalid request."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops.testing import FakeAstra

FAST = {"poll_interval": 0}
WHERE = {"cloud_provider": "AWS", "region": "us-east-2"}


def _sent_create(fake: FakeAstra) -> dict[str, Any]:
    (body,) = [json.loads(r.body) for r in fake.requests if (r.method, r.path) == ("POST", "/v2/databases")]
    return body


def _actions(fake: FakeAstra, database_id: str) -> list[str]:
    prefix = f"/v2/databases/{database_id}/"
    return [
        r.path.removeprefix(prefix) for r in fake.requests if r.method == "POST" and r.path.startswith(prefix)
    ]


def test_a_classic_database_lives_through_the_sync_client(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = client.databases.create(name="c", **WHERE, tier="C10", capacity_units=3, **FAST)
    assert (database.status, database.info.tier, database.info.capacity_units) == ("ACTIVE", "C10", 3)
    assert "dbType" not in _sent_create(fake_astra)
    parked = client.databases.park(database.id, **FAST)
    assert parked is not None and parked.status == "PARKED"
    unparked = client.databases.unpark(database.id, **FAST)
    assert unparked is not None and unparked.status == "ACTIVE"
    resized = client.databases.resize(database.id, 6, **FAST)
    assert resized is not None and (resized.status, resized.info.capacity_units) == ("ACTIVE", 6)
    client.databases.terminate(database.id, **FAST)
    assert fake_astra.databases[database.id].status == "TERMINATED"
    assert _actions(fake_astra, database.id) == ["park", "unpark", "resize", "terminate"]


async def test_a_classic_database_lives_through_the_async_client(
    async_client: AsyncAstraDevOps, fake_astra: FakeAstra
) -> None:
    database = await async_client.databases.create(name="c", **WHERE, tier="D20", capacity_units=2, **FAST)
    assert (database.status, database.info.tier, database.info.capacity_units) == ("ACTIVE", "D20", 2)
    assert "dbType" not in _sent_create(fake_astra)
    parked = await async_client.databases.park(database.id, **FAST)
    assert parked is not None and parked.status == "PARKED"
    unparked = await async_client.databases.unpark(database.id, **FAST)
    assert unparked is not None and unparked.status == "ACTIVE"
    resized = await async_client.databases.resize(database.id, 9, **FAST)
    assert resized is not None and (resized.status, resized.info.capacity_units) == ("ACTIVE", 9)
    await async_client.databases.terminate(database.id, **FAST)
    assert fake_astra.databases[database.id].status == "TERMINATED"
    assert _actions(fake_astra, database.id) == ["park", "unpark", "resize", "terminate"]


def test_a_serverless_database_still_defaults_to_vector(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    client.databases.create(name="v", **WHERE, wait=False)
    assert _sent_create(fake_astra)["dbType"] == "vector"


SYNC_ACTIONS: dict[str, Callable[[AstraDevOps, str], object]] = {
    "park": lambda client, database_id: client.databases.park(database_id, **FAST),
    "unpark": lambda client, database_id: client.databases.unpark(database_id, **FAST),
    "resize": lambda client, database_id: client.databases.resize(database_id, 2, **FAST),
}
ASYNC_ACTIONS: dict[str, Callable[[AsyncAstraDevOps, str], Awaitable[object]]] = {
    "park": lambda client, database_id: client.databases.park(database_id, **FAST),
    "unpark": lambda client, database_id: client.databases.unpark(database_id, **FAST),
    "resize": lambda client, database_id: client.databases.resize(database_id, 2, **FAST),
}


@pytest.mark.parametrize("tier", ["serverless", "developer"])
@pytest.mark.parametrize("action", sorted(SYNC_ACTIONS))
def test_the_fake_refuses_classic_actions_on_serverless(
    client: AstraDevOps, fake_astra: FakeAstra, action: str, tier: str
) -> None:
    database = client.databases.create(name="s", **WHERE, tier=tier, **FAST)
    with pytest.raises(errors.BadRequestError) as caught:
        SYNC_ACTIONS[action](client, database.id)
    assert caught.value.status_code == 400
    assert caught.value.message == f"{action} is for classic databases only; database {database.id} is {tier}"
    assert fake_astra.databases[database.id].status == "ACTIVE"


@pytest.mark.parametrize("action", sorted(ASYNC_ACTIONS))
async def test_the_fake_refuses_classic_actions_on_serverless_async(
    async_client: AsyncAstraDevOps, fake_astra: FakeAstra, action: str
) -> None:
    database = await async_client.databases.create(name="s", **WHERE, **FAST)
    with pytest.raises(errors.BadRequestError, match=f"^400 {action} is for classic databases only"):
        await ASYNC_ACTIONS[action](async_client, database.id)
    assert fake_astra.databases[database.id].status == "ACTIVE"
