"""Issue 28, class 5: the deadline's reach over name resolution, as the README states it. The async
client's deadline covers a stalling resolver; the sync client's cannot (the system resolver is not
interruptible from a blocking call), so there the resolver's own time comes on top, and no more."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any

import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors

from .conftest import TOKEN

API = "https://api.astra.datastax.com"
STALL = 1.5
TIMEOUT = 0.3


@pytest.fixture(autouse=True)
def stalling_resolver(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every public name stalls STALL seconds, then is refused: nothing leaves the machine."""
    resolve = socket.getaddrinfo

    def stall(host: Any, *args: Any, **kwargs: Any) -> Any:
        if str(host) in ("localhost", "127.0.0.1", "::1"):
            return resolve(host, *args, **kwargs)
        time.sleep(STALL)
        raise socket.gaierror(socket.EAI_AGAIN, "the test's resolver stalled")

    monkeypatch.setattr(socket, "getaddrinfo", stall)
    for variable in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(variable, raising=False)


def test_the_async_deadline_covers_a_stalling_resolver() -> None:
    async def call() -> tuple[object, float]:
        start = time.monotonic()
        async with AsyncAstraDevOps(token=TOKEN, base_url=API, timeout=TIMEOUT, max_retries=0) as client:
            try:
                outcome: object = await client.databases.get("db-1")
            except errors.AstraDevOpsError as exc:
                outcome = exc
        return outcome, time.monotonic() - start

    outcome, seconds = asyncio.run(call())
    assert isinstance(outcome, errors.APITimeoutError), repr(outcome)
    assert seconds < STALL


def test_the_sync_deadline_adds_the_resolvers_own_time_and_no_more() -> None:
    start = time.monotonic()
    with (
        AstraDevOps(token=TOKEN, base_url=API, timeout=TIMEOUT, max_retries=0) as client,
        pytest.raises(errors.APIConnectionError) as caught,
    ):
        client.databases.get("db-1")
    seconds = time.monotonic() - start
    assert "the test's resolver stalled" in str(caught.value)
    assert STALL <= seconds < STALL + TIMEOUT + 2
