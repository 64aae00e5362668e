"""Fixtures of the hostile suite: the misbehaving server, and running one call sync or async."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps

from .server import Answer, Hostile, serve

TOKEN = "AstraCS:hostile-secret-token"
DB = "db-1"


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    with serve() as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def run(mode: str, url: str, action: Callable[[Any], Any], **options: Any) -> tuple[object, float]:
    """Call `action(client)` on a fresh client: (its result or the exception it raised, seconds taken)."""
    options = {"token": TOKEN, "base_url": url, **options}
    start = time.monotonic()
    try:
        if mode == "sync":
            with AstraDevOps(**options) as client:
                outcome = action(client)
        else:
            outcome = asyncio.run(_run_async(action, options))
    except Exception as exc:
        outcome = exc
    return outcome, time.monotonic() - start


async def _run_async(action: Callable[[Any], Any], options: dict[str, Any]) -> object:
    async with AsyncAstraDevOps(**options) as client:
        return await action(client)


def database(status: str = "ACTIVE", database_id: str = DB) -> Answer:
    body = {"id": database_id, "orgId": "o", "ownerId": "u", "info": {"name": "x"}, "status": status}
    return Answer(200, {"Content-Type": "application/json"}, json.dumps(body).encode())
