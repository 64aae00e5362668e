"""`AsyncPageIterator`: every item of every page of a listing (asynchronous); `_pagination` holds
the walk it follows (cursors, limits, checks)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Generic

from .._pagination import Page, T, _Walk


class AsyncPageIterator(Generic[T]):
    """Every item of every page, each page fetched when the previous one is used up; `.pages()`
    yields the pages (asynchronous)."""

    def __init__(
        self,
        fetch: Callable[[str | None, int], Awaitable[list[T]]],
        page_size: int,
        *,
        max_items: int | None = None,
        starting_after: str | None = None,
    ) -> None:
        self._fetch = fetch
        self._walk = _Walk(page_size, max_items, starting_after)
        self._items: AsyncIterator[T] | None = None

    async def pages(self) -> AsyncIterator[Page[T]]:
        """The pages, each fetched as you reach it (share one listing: items or pages, not both)."""
        walk = self._walk
        while not walk.done:
            limit = walk.limit()
            yield walk.page(await self._fetch(walk.after, limit), limit)

    async def _every(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    def _stream(self) -> AsyncIterator[T]:
        if self._items is None:
            self._items = self._every()
        return self._items

    def __aiter__(self) -> AsyncIterator[T]:
        """The listing's one stream of items, which taking items one at a time also advances."""
        return self._stream()

    async def __anext__(self) -> T:
        return await anext(self._stream())
