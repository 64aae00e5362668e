# Generated from _async/_pagination.py by tools/unasync.py (make unasync): do not edit.
"""`PageIterator`: every item of every page of a listing; `_pagination` holds
the walk it follows (cursors, limits, checks)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic

from .._pagination import Page, T, _Walk


class PageIterator(Generic[T]):
    """Every item of every page, each page fetched when the previous one is used up; `.pages()`
    yields the pages."""

    def __init__(
        self,
        fetch: Callable[[str | None, int], list[T]],
        page_size: int,
        *,
        max_items: int | None = None,
        starting_after: str | None = None,
    ) -> None:
        self._fetch = fetch
        self._walk = _Walk(page_size, max_items, starting_after)
        self._items: Iterator[T] | None = None

    def pages(self) -> Iterator[Page[T]]:
        """The pages, each fetched as you reach it (share one listing: items or pages, not both)."""
        walk = self._walk
        while not walk.done:
            limit = walk.limit()
            yield walk.page(self._fetch(walk.after, limit), limit)

    def _every(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def _stream(self) -> Iterator[T]:
        if self._items is None:
            self._items = self._every()
        return self._items

    def __iter__(self) -> Iterator[T]:
        """The listing's one stream of items, which taking items one at a time also advances."""
        return self._stream()

    def __next__(self) -> T:
        return next(self._stream())
