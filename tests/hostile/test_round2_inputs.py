"""Issue 21, classes 5 (pagination), 6, 7 and 8: a page whose last id is unusable, input checks
that let a trailing newline through, the fake's framing checks, and the 404 window after a create.

Each asserts the typed error (or, for class 8, the right outcome), a generous time bound, and
which requests left.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, _wait, errors
from astra_devops._deadline import Deadline
from astra_devops._sync import _poll
from astra_devops.testing import FakeAstra

from .conftest import DB, database, run
from .server import Answer, Hostile, always

JSON = {"Content-Type": "application/json"}
FAST = {"poll_interval": 0, "timeout": 30}
BASE = "https://api.astra.datastax.com"
NEW_DATABASE = {"name": "db", "cloud_provider": "AWS", "region": "us-east-1"}

# 5. A full page whose last id is not an id


@pytest.mark.parametrize("last_id", [["a", "b"], {"id": "db-9"}, "\ud800", "  "], ids=repr)
def test_a_full_page_whose_last_id_is_unusable_is_a_validation_error(
    hostile: Hostile, mode: str, last_id: object
) -> None:
    page = [json.loads(database(database_id=f"db-{n}").body) for n in range(2)]
    page[-1]["id"] = last_id
    hostile.script = always(Answer(200, JSON, json.dumps(page).encode()))
    outcome, seconds = run(mode, hostile.url, collect if mode == "sync" else async_collect)
    assert isinstance(outcome, errors.APIResponseValidationError), repr(outcome)
    assert "no usable id" in str(outcome)
    assert len(hostile.seen) == 1 and seconds < 5


def collect(client: Any) -> list[Any]:
    return list(client.databases.list(page_size=2))


async def async_collect(client: Any) -> list[Any]:
    return [item async for item in client.databases.list(page_size=2)]


# 6. Input checks match the whole value: a trailing newline is refused before any request


@pytest.mark.parametrize(
    "action",
    [
        lambda c: c.keyspaces.create(DB, "ks\n"),
        lambda c: c.keyspaces.delete(DB, "ks\n"),
        lambda c: c.databases.create(**NEW_DATABASE, keyspace="ks\n"),
        lambda c: c.users.invite("a@b.co\n", ["role-1"], org_id="org-1"),
    ],
    ids=["keyspace create", "keyspace delete", "database keyspace", "invite"],
)
def test_a_trailing_newline_is_refused_before_any_request(hostile: Hostile, mode: str, action: Any) -> None:
    outcome, seconds = run(mode, hostile.url, action)
    assert isinstance(outcome, errors.ConfigurationError), repr(outcome)
    assert hostile.seen == [] and seconds < 5


def test_the_fake_matches_whole_paths_and_names(fake_astra: FakeAstra) -> None:
    with httpx.Client(transport=fake_astra.transport(), base_url=BASE) as http:
        http.headers["Authorization"] = f"Bearer {fake_astra.token}"
        assert http.get("/v2/databases%0A").status_code == 404
        created = http.post("/v2/databases", json={**wire(NEW_DATABASE), "name": "db\n"})
    assert created.status_code == 422 and "name" in created.text and fake_astra.databases == {}


def wire(arguments: dict[str, str]) -> dict[str, object]:
    return {
        "name": arguments["name"],
        "cloudProvider": arguments["cloud_provider"],
        "region": arguments["region"],
        "tier": "serverless",
        "capacityUnits": 1,
    }


# 7. The fake answers every malformed framing with a 4xx and keeps serving, without a traceback


def raw(url: str, request: bytes) -> bytes:
    """Send bytes as they are; read the answer until the server closes or 5 s pass."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as connection:
        connection.sendall(request)
        connection.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.fixture
def served() -> Iterator[tuple[FakeAstra, str]]:
    fake = FakeAstra()
    with fake.serve() as url:
        yield fake, url


@pytest.mark.parametrize(
    ("framing", "status"),
    [
        (b"Content-Length: \xb2\r\n", b"400"),  # superscript two: isdigit() but not int()
        (b"Content-Length: " + b"9" * 5000 + b"\r\n", b"400"),
        (b"Content-Length: 2\r\nContent-Length: 3\r\n", b"400"),
        (b"Content-Length: 50\r\n", b"400"),  # the body ends after 2 bytes
        (b"Transfer-Encoding: gzip\r\nContent-Length: 2\r\n", b"411"),
    ],
    ids=["superscript", "5000 digits", "two values", "short", "transfer-encoding"],
)
def test_malformed_framing_gets_a_4xx_and_service_goes_on(
    served: tuple[FakeAstra, str], capfd: pytest.CaptureFixture[str], framing: bytes, status: bytes
) -> None:
    fake, url = served
    head = b"POST /v2/databases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + fake.token.encode() + b"\r\n"
    start = time.monotonic()
    answer = raw(url, head + framing + b"\r\n{}")
    assert answer.startswith(b"HTTP/1.1 " + status + b" ") and b'{"errors": [{"ID": ' in answer, answer[:200]
    authorized = {"Authorization": f"Bearer {fake.token}"}
    assert httpx.get(f"{url}/v2/currentOrg", headers=authorized, timeout=5).status_code == 200
    assert time.monotonic() - start < 10 and fake.databases == {}
    assert "Traceback" not in capfd.readouterr().err


# 8. A new thing may answer 404 for a while after its create: not yet visible, for a bounded grace


def database_create(client: Any) -> Any:
    return client.databases.create(**NEW_DATABASE, **FAST)


def clone(fake: FakeAstra, client: Any) -> Any:
    source, target = ready_database(fake, "source"), ready_database(fake, "target")
    return client.snapshots.clone(target, source, snapshot_id=f"{source}-snapshot-1", **FAST)


def restore(fake: FakeAstra, client: Any) -> Any:
    database_id = ready_database(fake, "restored")
    return client.snapshots.restore(database_id, snapshot_id=f"{database_id}-snapshot-1", **FAST)


def ready_database(fake: FakeAstra, name: str) -> str:
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        http.headers["Authorization"] = f"Bearer {fake.token}"
        location = http.post("/v2/databases", json=wire({**NEW_DATABASE, "name": name})).headers["Location"]
        database_id = str(location).rsplit("/", 1)[-1]
        while http.get(f"/v2/databases/{database_id}").json()["status"] != "ACTIVE":
            pass
    return database_id


CREATES: dict[str, tuple[str, Callable[[FakeAstra, Any], Any]]] = {
    "database": ("database", lambda fake, client: database_create(client)),
    "clone": ("clone", clone),
    "restore": ("restore", restore),
}


def in_mode(mode: str, fake: FakeAstra, action: Callable[[FakeAstra, Any], Any]) -> tuple[object, float]:
    """`action(fake, client)` on a client of `fake`, sync or async: (its outcome, seconds taken)."""
    start = time.monotonic()
    try:
        if mode == "sync":
            with httpx.Client(transport=fake.transport()) as http:
                outcome = action(fake, AstraDevOps(token=fake.token, base_url=BASE, http_client=http))
        else:
            outcome = asyncio.run(in_async(fake, action))
    except Exception as exc:
        outcome = exc
    return outcome, time.monotonic() - start


async def in_async(fake: FakeAstra, action: Callable[[FakeAstra, Any], Any]) -> object:
    async with httpx.AsyncClient(transport=fake.async_transport()) as http:
        client = AsyncAstraDevOps(token=fake.token, base_url=BASE, http_client=http)
        return await action(fake, client)


def polls(fake: FakeAstra, kind: str) -> int:
    """Reads of what the wait follows: the database, or the clone or restore operation's status."""
    marker = {"database": None, "clone": "/cloneStatus/", "restore": "/restoreStatus/"}[kind]
    return sum(
        1
        for request in fake.requests
        if request.method == "GET" and (marker in request.path if marker else request.path.count("/") == 3)
    )


@pytest.mark.parametrize("create", sorted(CREATES))
def test_a_create_waits_through_a_404_window(mode: str, create: str) -> None:
    kind, action = CREATES[create]
    fake = FakeAstra()
    fake.hide_next(kind, 4)
    outcome, seconds = in_mode(mode, fake, action)
    assert not isinstance(outcome, Exception), repr(outcome)
    assert getattr(outcome, "status", None) in ("ACTIVE", "DONE") and seconds < 10
    assert fake.world.unseen == {}


@pytest.mark.parametrize("create", sorted(CREATES))
def test_a_thing_still_missing_after_the_grace_is_gone(
    mode: str, create: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kind, action = CREATES[create]
    monkeypatch.setattr(_wait, "CREATE_GRACE", 0.3)
    monkeypatch.setitem(FAST, "poll_interval", 0.02)
    fake = FakeAstra()
    fake.hide_next(kind, 10_000)
    outcome, seconds = in_mode(mode, fake, action)
    assert isinstance(outcome, errors.OperationFailedError) and outcome.status == "gone", repr(outcome)
    assert polls(fake, kind) > 2 and seconds < 10


def test_a_wait_shorter_than_the_grace_times_out_not_yet_visible(mode: str) -> None:
    fake = FakeAstra()
    fake.hide_next("database", 10_000)
    create = lambda fake, client: client.databases.create(**NEW_DATABASE, timeout=0.3, poll_interval=0.02)  # noqa: E731
    outcome, seconds = in_mode(mode, fake, create)
    assert isinstance(outcome, errors.WaitTimeoutError), repr(outcome)
    assert outcome.last_status == _wait.NOT_VISIBLE and seconds < 10


def test_the_grace_is_counted_on_the_clock_of_the_wait() -> None:
    """Unseen for good: 404 is "not yet visible" for CREATE_GRACE seconds of the wait's clock, then gone."""
    now = [0.0]
    answers: list[None] = []

    def fetch() -> None:
        answers.append(None)

    def sleep(seconds: float) -> None:
        now[0] += seconds

    with pytest.raises(errors.OperationFailedError) as caught:
        _poll.wait_for_status(
            fetch,
            resource_id="db1",
            target="ACTIVE",
            failure={"ERROR"},
            deadline=Deadline(100.0, lambda: now[0]),
            poll_interval=1.0,
            sleep=sleep,
            goal=_wait.Goal("ACTIVE", created=True),
        )
    assert caught.value.status == "gone"
    assert now[0] == _wait.CREATE_GRACE and len(answers) == _wait.CREATE_GRACE + 1
