"""pytest fixtures for testing code that automates Astra: `fake_astra`, `astra_client`, `async_astra_client`.

The names cannot collide with pytest-django's or pytest-flask's `client`. Every fixture is a
plain synchronous one, so the asynchronous client works whatever runs the test: pytest-asyncio in
strict or auto mode, anyio, or trio through anyio (the in-process transport holds no connection
that would need closing inside an event loop).

The two clients never sleep in real time: each pause of theirs (between the polls of a wait, before
a retry) moves `fake_astra`'s clock forward instead (`FakeAstra.advance`), so a wait ends after
as many polls as the fake's lifecycle has steps, whatever `poll_interval` it is given. Their
deadlines read the same clock (in the test's thread), so a wait that never arrives ends after its
`timeout` of the fake's seconds, at once in real time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import httpx
import pytest

from .._deadline import measured_by
from ._fake import FakeAstra

if TYPE_CHECKING:
    from astra_devops import AstraDevOps, AsyncAstraDevOps

BASE_URL = "https://api.astra.datastax.com"


@pytest.fixture
def fake_astra() -> FakeAstra:
    """A fresh in-memory Astra organization."""
    return FakeAstra()


@pytest.fixture
def astra_client(fake_astra: FakeAstra) -> Iterator[AstraDevOps]:
    """An AstraDevOps client talking to `fake_astra` in-process (no sockets), whose waits and
    retries move the fake's clock instead of sleeping."""
    from astra_devops import AstraDevOps

    with httpx.Client(transport=fake_astra.transport()) as http, measured_by(fake_astra.now):
        client = AstraDevOps(token=fake_astra.token, base_url=BASE_URL, http_client=http)
        client._http._sleep = fake_astra.advance
        yield client


@pytest.fixture
def async_astra_client(fake_astra: FakeAstra) -> Iterator[AsyncAstraDevOps]:
    """An AsyncAstraDevOps client talking to `fake_astra` in-process, whose waits and retries move
    the fake's clock instead of sleeping; use it from any async test."""
    from astra_devops import AsyncAstraDevOps

    async def advance(seconds: float) -> None:
        fake_astra.advance(seconds)

    http = httpx.AsyncClient(transport=fake_astra.async_transport())
    client = AsyncAstraDevOps(token=fake_astra.token, base_url=BASE_URL, http_client=http)
    client._http._sleep = advance
    with measured_by(fake_astra.now):
        yield client
