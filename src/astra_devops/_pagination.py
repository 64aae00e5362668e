"""Auto-paginating iterators over `starting_after` pages (the API caps a page at 100)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, Protocol, TypeVar

MAX_PAGE_SIZE = 100


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_HasId)


class SyncPages(Generic[T]):
    """Every item of every page, each page fetched when the previous one is used up."""

    def __init__(self, fetch: Callable[[str | None, int], list[T]], page_size: int) -> None:
        self._fetch = fetch
        self._page_size = page_size

    def __iter__(self) -> Iterator[T]:
        after: str | None = None
        while True:
            page = self._fetch(after, self._page_size)
            yield from page
            if len(page) < self._page_size:
                return
            after = page[-1].id


class AsyncPages(Generic[T]):
    """Every item of every page, each page fetched when the previous one is used up (asynchronous)."""

    def __init__(self, fetch: Callable[[str | None, int], Awaitable[list[T]]], page_size: int) -> None:
        self._fetch = fetch
        self._page_size = page_size

    async def __aiter__(self) -> AsyncIterator[T]:
        after: str | None = None
        while True:
            page = await self._fetch(after, self._page_size)
            for item in page:
                yield item
            if len(page) < self._page_size:
                return
            after = page[-1].id
