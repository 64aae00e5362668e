"""Issue 28, classes 2 and 3, sync and async, against the fake: an action whose answer was lost is
not sent again once the database shows it under way, a read that brings no news is no verdict, and a
wait for a status the database cannot reach by itself ends at once, naming the call that would."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops.testing import FakeAstra

BASE = "https://api.astra.datastax.com"
FAST = {"poll_interval": 0}
CLASSIC = {"name": "c", "cloud_provider": "AWS", "region": "us-east-2", "tier": "C10"}
LOST = {"errors": [{"ID": 504, "message": "gateway timed out waiting for the server"}]}


class _LoseAnswers:
    """The fake carries out the first `times` requests ending in `suffix`, then answers them 504,
    as a gateway that timed out after the server accepted."""

    def __init__(self, fake: FakeAstra, suffix: str, times: int = 1) -> None:
        self.fake, self.suffix, self.left = fake, suffix, times

    def lost(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith(self.suffix) and self.left:
            self.left -= 1
            return httpx.Response(504, json=LOST, request=request)
        return response


class LoseSync(_LoseAnswers, httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.lost(request, self.fake.transport().handle_request(request))


class LoseAsync(_LoseAnswers, httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.lost(request, await self.fake.async_transport().handle_async_request(request))


def in_mode(
    mode: str,
    fake: FakeAstra,
    action: Callable[[Any], Any],
    *,
    suffix: str = "/never",
    **options: Any,
) -> tuple[object, float]:
    """`action(client)` on a client of `fake` whose answers to `suffix` POSTs are lost once."""
    start = time.monotonic()
    try:
        if mode == "sync":
            with httpx.Client(transport=LoseSync(fake, suffix)) as http:
                outcome = action(AstraDevOps(token=fake.token, base_url=BASE, http_client=http, **options))
        else:
            outcome = asyncio.run(_in_async(fake, action, suffix, options))
    except Exception as exc:
        outcome = exc
    return outcome, time.monotonic() - start


async def _in_async(
    fake: FakeAstra, action: Callable[[Any], Any], suffix: str, options: dict[str, Any]
) -> object:
    async with httpx.AsyncClient(transport=LoseAsync(fake, suffix)) as http:
        return await action(AsyncAstraDevOps(token=fake.token, base_url=BASE, http_client=http, **options))


def classic(fake: FakeAstra, *, parked: bool = False) -> str:
    """A classic database of the fake, ACTIVE (or PARKED), made with lifecycles advancing per read."""
    stepping, fake.advance_on_poll = fake.advance_on_poll, True
    with httpx.Client(transport=fake.transport()) as http:
        client = AstraDevOps(token=fake.token, base_url=BASE, http_client=http)
        database_id = client.databases.create(**CLASSIC, **FAST).id
        if parked:
            client.databases.park(database_id, **FAST)
    fake.advance_on_poll = stepping
    fake.requests.clear()
    return database_id


def posts(fake: FakeAstra, suffix: str) -> int:
    return sum(1 for request in fake.requests if request.method == "POST" and request.path.endswith(suffix))


# 2a. An action retried after its answer was lost


ACTIONS: dict[str, tuple[str, bool, Callable[[Any, str], Any], str]] = {
    "park": ("/park", False, lambda client, db: client.databases.park(db, timeout=20, **FAST), "PARKED"),
    "unpark": ("/unpark", True, lambda client, db: client.databases.unpark(db, timeout=20, **FAST), "ACTIVE"),
    "resize": (
        "/resize",
        False,
        lambda client, db: client.databases.resize(db, 4, timeout=20, **FAST),
        "ACTIVE",
    ),
}


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_an_action_whose_answer_was_lost_is_waited_for_not_sent_again(mode: str, name: str) -> None:
    suffix, parked, act, goal = ACTIONS[name]
    fake = FakeAstra()
    database_id = classic(fake, parked=parked)
    outcome, seconds = in_mode(mode, fake, lambda client: act(client, database_id), suffix=suffix)
    assert not isinstance(outcome, Exception), repr(outcome)
    assert getattr(outcome, "status", None) == goal
    assert posts(fake, suffix) == 2 and seconds < 10
    if name == "resize":
        assert fake.databases[database_id].info["capacityUnits"] == 4


def test_a_datacenter_terminate_whose_answer_was_lost_is_waited_for(mode: str) -> None:
    fake = FakeAstra(advance_on_poll=False, step_seconds=0.3)
    database_id = classic(fake)
    datacenter_id = fake.databases[database_id].datacenters[0]["id"]

    def act(client: Any) -> Any:
        return client.datacenters.terminate(database_id, datacenter_id, timeout=20, **FAST)

    outcome, seconds = in_mode(mode, fake, act, suffix="/terminate")
    assert outcome is None, repr(outcome)
    assert posts(fake, "/terminate") == 2 and seconds < 10
    assert fake.databases[database_id].datacenters[0]["status"] == "TERMINATED"


def test_a_409_with_no_lost_answer_before_it_is_still_retried_until_the_deadline(mode: str) -> None:
    """The acceptance reading applies only after a lost answer: a plain busy 409 is retried, as before."""
    fake = FakeAstra(advance_on_poll=False, step_seconds=3600)
    database_id = classic(fake)
    fake.databases[database_id].begin("MAINTENANCE", [("ACTIVE", None)], fake.now())
    outcome, seconds = in_mode(
        mode, fake, lambda client: client.databases.park(database_id, timeout=0.5, **FAST)
    )
    assert isinstance(outcome, errors.ConflictError) and not outcome.after_unknown_outcome, repr(outcome)
    assert posts(fake, "/park") > 2 and seconds < 10


# 2b. A read that brings no news is no verdict


def test_create_without_wait_reads_through_unanswered_reads(mode: str) -> None:
    fake = FakeAstra()
    fake.fail("GET /v2/databases/{databaseId}", [503, 503, 503])
    outcome, seconds = in_mode(
        mode,
        fake,
        lambda client: client.databases.create(**CLASSIC, wait=False, timeout=20, **FAST),
        max_retries=0,
    )
    assert not isinstance(outcome, Exception), repr(outcome)
    assert getattr(outcome, "id", None) in fake.databases and seconds < 10
    assert posts(fake, "/v2/databases") == 1


# 3. Waits that cannot arrive


def test_a_wait_for_active_on_a_parked_database_ends_at_once(mode: str) -> None:
    fake = FakeAstra()
    database_id = classic(fake, parked=True)
    outcome, seconds = in_mode(
        mode, fake, lambda client: client.databases.wait_for_status(database_id, "ACTIVE", timeout=20, **FAST)
    )
    assert isinstance(outcome, errors.UnreachableStatusError), repr(outcome)
    assert isinstance(outcome, errors.OperationFailedError)
    assert (outcome.status, outcome.target) == ("PARKED", "ACTIVE")
    assert outcome.action == f"databases.unpark({database_id!r})" and outcome.action in str(outcome)
    assert seconds < 5


def test_create_if_exists_return_on_a_parked_database_names_unpark(mode: str) -> None:
    fake = FakeAstra()
    database_id = classic(fake, parked=True)
    outcome, seconds = in_mode(
        mode, fake, lambda client: client.databases.create(**CLASSIC, if_exists="return", timeout=20, **FAST)
    )
    assert isinstance(outcome, errors.UnreachableStatusError), repr(outcome)
    assert (outcome.database_id, outcome.status) == (database_id, "PARKED")
    assert "unpark" in outcome.action and posts(fake, "/v2/databases") == 0 and seconds < 5


def test_create_if_exists_return_without_wait_returns_the_parked_database(mode: str) -> None:
    fake = FakeAstra()
    database_id = classic(fake, parked=True)
    outcome, _ = in_mode(
        mode, fake, lambda client: client.databases.create(**CLASSIC, if_exists="return", wait=False)
    )
    assert getattr(outcome, "id", None) == database_id and getattr(outcome, "status", None) == "PARKED"


def test_a_wait_timeout_says_how_long_it_waited_and_how_to_go_on(mode: str) -> None:
    fake = FakeAstra(advance_on_poll=False, step_seconds=3600)
    database_id = classic(fake)
    fake.databases[database_id].begin("MAINTENANCE", [("ACTIVE", None)], fake.now())
    outcome, _ = in_mode(
        mode,
        fake,
        lambda client: client.databases.wait_for_status(
            database_id, "ACTIVE", timeout=0.3, poll_interval=0.05
        ),
    )
    assert isinstance(outcome, errors.WaitTimeoutError), repr(outcome)
    assert outcome.waited is not None and 0.3 <= outcome.waited < 5
    resume = f"databases.wait_for_status({database_id!r}, 'ACTIVE')"
    assert outcome.resume == resume and resume in str(outcome) and "waited 0." in str(outcome)


def test_a_change_refused_409_on_a_parked_database_ends_at_once(mode: str) -> None:
    """A 409 that no retry cures (the database is PARKED) is not retried until the timeout."""
    fake = FakeAstra()
    database_id = classic(fake, parked=True)
    outcome, seconds = in_mode(
        mode, fake, lambda client: client.keyspaces.create(database_id, "ks2", timeout=20, **FAST)
    )
    assert isinstance(outcome, errors.UnreachableStatusError), repr(outcome)
    assert (outcome.status, outcome.action) == ("PARKED", f"databases.unpark({database_id!r})")
    assert posts(fake, "/keyspaces/ks2") == 1 and seconds < 5


def test_an_unpark_refused_409_while_parking_waits_for_parked_then_unparks(mode: str) -> None:
    """PARKING ends by itself: the unpark is retried once it is PARKED, as a busy 409 always was."""
    fake = FakeAstra(advance_on_poll=False, step_seconds=0.3)
    database_id = classic(fake)
    fake.databases[database_id].begin("PARKING", [("PARKED", None)], fake.now())
    outcome, seconds = in_mode(
        mode, fake, lambda client: client.databases.unpark(database_id, timeout=20, poll_interval=0.05)
    )
    assert getattr(outcome, "status", None) == "ACTIVE", repr(outcome)
    assert posts(fake, "/unpark") >= 2 and seconds < 10
