"""Issue 28, classes 4, 6 and 8: a fork while another thread is inside the client, caller input that
reached the wire before it was checked, and a listing changed while it is walked."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import time
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops.testing import FakeAstra

from .conftest import DB, TOKEN, database, run
from .server import Hostile, always
from .test_round3_waits import BASE, CLASSIC, FAST

SRC = Path(__file__).resolve().parents[2] / "src" / "astra_devops"

# 4. Fork while another thread is inside the client


def test_no_module_of_the_library_switches_the_garbage_collector() -> None:
    found = [str(path) for path in SRC.rglob("*.py") if "gc.disable" in path.read_text(encoding="utf-8")]
    assert found == []


def test_a_long_listing_leaves_the_garbage_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeAstra()
    with httpx.Client(transport=fake.transport()) as http:
        client = AstraDevOps(token=fake.token, base_url=BASE, http_client=http)
        for index in range(120):
            client.databases.create(**{**CLASSIC, "name": f"d{index}"}, wait=False)
        switched: list[str] = []
        monkeypatch.setattr(gc, "disable", lambda: switched.append("disable"))
        monkeypatch.setattr(gc, "enable", lambda: switched.append("enable"))
        listed = list(client.databases.list())
    assert len(listed) == 120 and switched == []


def _forked(work: Any) -> int | None:
    """Run `work()` in a forked child: its exit code (0 when work returned), None if it hung 10 s."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:
        code = 1
        try:
            work()
            code = 0
        finally:
            os._exit(code)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_child_forked_while_a_thread_opens_the_pool_starts_with_a_free_lock() -> None:
    fake = FakeAstra()
    with fake.serve() as url:
        client = AstraDevOps(token=fake.token, base_url=url, max_retries=0, timeout=5)
        with client._http._lock:  # another thread inside `_open` at the moment of the fork
            code = _forked(lambda: list(client.databases.list()))
        client.close()
    assert code == 0


# 6. Caller input checked before it reaches the wire

BAD_HEADERS = {
    "space in the name": {"X-Trace Id": "1"},
    "colon in the name": {"X-Trace:Id": "1"},
    "empty name": {"": "1"},
    "Content-Length": {"Content-Length": "2"},
    "Transfer-Encoding": {"transfer-encoding": "chunked"},
    "Host": {"Host": "elsewhere.example"},
    "Connection": {"Connection": "close"},
}


@pytest.mark.parametrize("headers", BAD_HEADERS.values(), ids=list(BAD_HEADERS))
def test_a_bad_default_header_is_refused_at_construction(headers: dict[str, str]) -> None:
    for client in (AstraDevOps, AsyncAstraDevOps):
        with pytest.raises(errors.ConfigurationError) as caught:
            client(token=TOKEN, base_url="http://127.0.0.1:9", default_headers=headers)
        name = next(iter(headers))
        assert (name or "''") in str(caught.value)


@pytest.mark.parametrize("headers", BAD_HEADERS.values(), ids=list(BAD_HEADERS))
def test_a_bad_call_header_is_refused_before_any_request(
    hostile: Hostile, mode: str, headers: dict[str, str]
) -> None:
    hostile.script = always(database())

    def call(client: Any) -> Any:
        return client.databases.get(DB, extra_headers=headers)

    outcome, seconds = run(mode, hostile.url, call)
    assert isinstance(outcome, errors.ConfigurationError), repr(outcome)
    assert hostile.seen == [] and seconds < 2


@pytest.mark.parametrize(
    "url",
    [
        " https://api.astra.datastax.com",
        "https://api.astra.datastax.com ",
        "https://api.astra.datastax.com\r",
        "https://api.astra.datastax.com\n",
        "https://api.astra.datastax.com/\t",
        "https://api.astra.datastax.com/v2\x7f",
    ],
    ids=repr,
)
def test_a_base_url_with_whitespace_or_control_characters_is_refused_at_construction(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for client in (AstraDevOps, AsyncAstraDevOps):
        with pytest.raises(errors.ConfigurationError, match="whitespace or a control character"):
            client(token=TOKEN, base_url=url)
    monkeypatch.setenv("ASTRA_DEVOPS_BASE_URL", url)
    with pytest.raises(errors.ConfigurationError, match="whitespace or a control character"):
        AstraDevOps(token=TOKEN)


# 8. A listing changed while it is walked


def _parked_in_the_loop(client: AstraDevOps) -> int:
    parked = 0
    for found in client.databases.list(include="ACTIVE", page_size=1):
        client.databases.park(found.id, wait=False)
        parked += 1
    return parked


async def _parked_in_the_async_loop(client: AsyncAstraDevOps) -> int:
    parked = 0
    async for found in client.databases.list(include="ACTIVE", page_size=1):
        await client.databases.park(found.id, wait=False)
        parked += 1
    return parked


def test_parking_each_database_of_an_active_listing_reaches_them_all(mode: str) -> None:
    fake = FakeAstra()
    with httpx.Client(transport=fake.transport()) as http:
        maker = AstraDevOps(token=fake.token, base_url=BASE, http_client=http)
        made = {maker.databases.create(**{**CLASSIC, "name": f"c{n}"}, **FAST).id for n in range(3)}
    if mode == "sync":
        with httpx.Client(transport=fake.transport()) as http:
            count = _parked_in_the_loop(AstraDevOps(token=fake.token, base_url=BASE, http_client=http))
    else:
        count = asyncio.run(_async_park_all(fake))
    assert count == 3
    assert {database_id for database_id in made if fake.databases[database_id].status != "ACTIVE"} == made


async def _async_park_all(fake: FakeAstra) -> int:
    async with httpx.AsyncClient(transport=fake.async_transport()) as http:
        return await _parked_in_the_async_loop(
            AsyncAstraDevOps(token=fake.token, base_url=BASE, http_client=http)
        )


def test_the_fake_continues_after_a_cursor_that_left_the_filter() -> None:
    fake = FakeAstra()
    with httpx.Client(transport=fake.transport()) as http:
        client = AstraDevOps(token=fake.token, base_url=BASE, http_client=http)
        ids = [client.databases.create(**{**CLASSIC, "name": f"c{n}"}, **FAST).id for n in range(3)]
        client.databases.terminate(ids[0], **FAST)
        answer = http.get(
            f"{BASE}/v2/databases",
            params={"include": "ACTIVE", "limit": 5, "starting_after": ids[0]},
            headers={"Authorization": f"Bearer {fake.token}"},
        )
    assert [item["id"] for item in answer.json()] == ids[1:]
