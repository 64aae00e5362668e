"""Listing under the caller's control: items lazily, or pages; `max_items`; `starting_after` to resume.

listDatabases is the one operation the contract paginates (`starting_after`, `limit`).
"""

from __future__ import annotations

import httpx
import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops.testing import FakeAstra


def _databases(client: AstraDevOps, count: int) -> list[str]:
    made = [
        client.databases.create(name=f"db{n}", cloud_provider="AWS", region="us-east-1", wait=False)
        for n in range(count)
    ]
    return [database.id for database in made]


def _limits(fake: FakeAstra) -> list[str | None]:
    return [r.arg("limit") for r in fake.requests if r.method == "GET" and r.path == "/v2/databases"]


def test_pages_carry_their_items_and_the_next_cursor(client: AstraDevOps) -> None:
    ids = _databases(client, 5)
    pages = list(client.databases.list(page_size=2).pages())
    assert [[d.id for d in page.items] for page in pages] == [ids[0:2], ids[2:4], ids[4:]]
    assert [page.next_cursor for page in pages] == [ids[1], ids[3], None]


def test_items_stay_a_lazy_iterator(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    ids = _databases(client, 3)
    listing = client.databases.list(page_size=2)
    assert _limits(fake_astra) == []
    assert next(listing).id == ids[0]
    assert len(_limits(fake_astra)) == 1
    assert [d.id for d in listing] == ids[1:]


def test_max_items_stops_early_and_asks_for_no_more(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    ids = _databases(client, 5)
    assert [d.id for d in client.databases.list(page_size=2, max_items=3)] == ids[:3]
    assert _limits(fake_astra) == ["2", "1"]
    assert list(client.databases.list(max_items=0)) == []
    assert len(_limits(fake_astra)) == 2


def test_a_listing_resumes_from_a_pages_cursor(client: AstraDevOps) -> None:
    ids = _databases(client, 5)
    first = next(client.databases.list(page_size=2, max_items=2).pages())
    assert first.next_cursor == ids[1]
    rest = client.databases.list(page_size=2, starting_after=first.next_cursor)
    assert [d.id for d in rest] == ids[2:]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"max_items": -1}, "max_items must be a whole number"),
        ({"max_items": 2.5}, "max_items must be a whole number"),
        ({"starting_after": ""}, "starting_after must be a non-empty string"),
        ({"starting_after": "a/b"}, "starting_after must not contain '/'"),
    ],
)
def test_bad_listing_arguments_are_refused_before_any_request(
    client: AstraDevOps, fake_astra: FakeAstra, arguments: dict[str, object], message: str
) -> None:
    with pytest.raises(errors.ConfigurationError, match=message):
        client.databases.list(**arguments)  # type: ignore[arg-type]
    assert fake_astra.requests == []


def test_pages_refuse_a_cursor_that_does_not_move(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    """A server that ignores `starting_after` sends the first page again: refused, not looped."""
    _databases(client, 2)
    page = [database.to_dict() for database in client.databases.list()]
    same = httpx.MockTransport(lambda request: httpx.Response(200, json=page))
    with httpx.Client(transport=same) as http:
        stuck = AstraDevOps(
            token=fake_astra.token, base_url="https://api.astra.datastax.com", http_client=http
        )
        pages = stuck.databases.list(page_size=2, max_items=10).pages()
        assert len(next(pages).items) == 2
        with pytest.raises(errors.APIResponseValidationError, match="pagination does not advance"):
            next(pages)


async def test_async_pages_max_items_and_resume(async_client: AsyncAstraDevOps, client: AstraDevOps) -> None:
    ids = _databases(client, 5)
    pages = [page async for page in async_client.databases.list(page_size=2).pages()]
    assert [page.next_cursor for page in pages] == [ids[1], ids[3], None]
    assert [d.id async for d in async_client.databases.list(page_size=2, max_items=3)] == ids[:3]
    resumed = async_client.databases.list(page_size=2, starting_after=ids[2])
    assert (await anext(resumed)).id == ids[3]
    assert [d.id async for d in resumed] == ids[4:]
