"""Lazy iterators over `starting_after` pages (the API caps a page at 100), under the caller's control.

Iterating yields every item, fetching each page when the previous one is used up; `.pages()`
yields the pages themselves (`items`, `next_cursor`); `max_items` stops after that many items
and `starting_after` resumes after a cursor (a page's `next_cursor`, or any item's id).

The cursor is the last id of a page; a server that sends a cursor already used (it ignores
`starting_after`, or loops), or a last id that is not printable text (an array, an object, a lone
surrogate), gets APIResponseValidationError instead of an endless iteration or a raw TypeError.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from .errors import APIResponseValidationError

MAX_PAGE_SIZE = 100
SHOWN = 80


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_HasId)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items, and the cursor of the next page (`starting_after=`), None after the last."""

    items: list[T]
    next_cursor: str | None


class _Cursors:
    """The cursors used so far; the next one must be new."""

    def __init__(self, starting_after: str | None) -> None:
        self._used: set[str | None] = {None, starting_after}

    def advance(self, page: list[T], page_size: int) -> str | None:
        """The cursor for the next page, or None when this page was the last."""
        if len(page) < page_size:
            return None
        cursor = _cursor(page[-1])
        if cursor in self._used:
            shown = cursor[:SHOWN]
            raise APIResponseValidationError(
                None, f"the page after cursor {shown!r} repeats an earlier page: pagination does not advance"
            )
        self._used.add(cursor)
        return cursor


def _cursor(item: _HasId) -> str:
    """The id of a full page's last item, which the next request sends as `starting_after`."""
    cursor: object = item.id
    if not isinstance(cursor, str) or not cursor.strip() or not cursor.isprintable():
        shown = repr(cursor)[:SHOWN] if isinstance(cursor, str) else f"a {type(cursor).__name__}"
        raise APIResponseValidationError(
            None,
            f"the last item of a full page has no usable id ({shown}): the next page cannot be asked for",
        )
    return cursor


class _Walk:
    """Where a listing stands: the next cursor, and how many items it may still yield."""

    def __init__(self, page_size: int, max_items: int | None, starting_after: str | None) -> None:
        self.page_size, self.left, self.after = page_size, max_items, starting_after
        self.cursors = _Cursors(starting_after)
        self.done = max_items == 0

    def limit(self) -> int:
        """The size of the next page to ask for: no more than the items still wanted."""
        return self.page_size if self.left is None else min(self.page_size, self.left)

    def page(self, items: list[T], limit: int) -> Page[T]:
        items = items if self.left is None else items[: self.left]
        cursor = self.cursors.advance(items, limit)
        if self.left is not None:
            self.left -= len(items)
        self.after, self.done = cursor, cursor is None or self.left == 0
        return Page(items, cursor)


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
