"""pytest fixtures for testing code that automates Astra: `fake_astra`, `client`, `async_client`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx
import pytest

from ._fake import FakeAstra

if TYPE_CHECKING:
    from astra_devops import AstraDevOps, AsyncAstraDevOps

BASE_URL = "https://api.astra.datastax.com"


@pytest.fixture
def fake_astra() -> FakeAstra:
    """A fresh in-memory Astra organization."""
    return FakeAstra()


@pytest.fixture
def client(fake_astra: FakeAstra) -> Iterator[AstraDevOps]:
    """An AstraDevOps client talking to `fake_astra` in-process (no sockets, no waiting)."""
    from astra_devops import AstraDevOps

    http = httpx.Client(transport=fake_astra.transport())
    with AstraDevOps(token=fake_astra.token, base_url=BASE_URL, http_client=http) as astra, http:
        yield astra


@pytest.fixture
async def async_client(fake_astra: FakeAstra) -> AsyncIterator[AsyncAstraDevOps]:
    """An AsyncAstraDevOps client talking to `fake_astra` in-process."""
    from astra_devops import AsyncAstraDevOps

    http = httpx.AsyncClient(transport=fake_astra.async_transport())
    async with http, AsyncAstraDevOps(token=fake_astra.token, base_url=BASE_URL, http_client=http) as astra:
        yield astra
