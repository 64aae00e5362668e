"""Auto-paginating iterators over `starting_after` pages (the API caps a page at 100).

The cursor is the last id of a page; a server that sends a cursor already used (it ignores
`starting_after`, or loops) gets APIResponseValidationError instead of an endless iteration.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, Protocol, TypeVar

from .errors import APIResponseValidationError

MAX_PAGE_SIZE = 100


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_HasId)


class _Cursors:
    """The cursors used so far; the next one must be new."""

    def __init__(self) -> None:
        self._used: set[str | None] = {None}

    def advance(self, page: list[T], page_size: int) -> str | None:
        """The cursor for the next page, or None when this page was the last."""
        if len(page) < page_size:
            return None
        cursor = page[-1].id
        if cursor in self._used:
            raise APIResponseValidationError(
                None, f"the page after cursor {cursor!r} repeats an earlier page: pagination does not advance"
            )
        self._used.add(cursor)
        return cursor


class SyncPages(Generic[T]):
    """Every item of every page, each page fetched when the previous one is used up."""

    def __init__(self, fetch: Callable[[str | None, int], list[T]], page_size: int) -> None:
        self._fetch = fetch
        self._page_size = page_size

    def __iter__(self) -> Iterator[T]:
        cursors = _Cursors()
        after: str | None = None
        while True:
            page = self._fetch(after, self._page_size)
            after = cursors.advance(page, self._page_size)
            yield from page
            if after is None:
                return


class AsyncPages(Generic[T]):
    """Every item of every page, each page fetched when the previous one is used up (asynchronous)."""

    def __init__(self, fetch: Callable[[str | None, int], Awaitable[list[T]]], page_size: int) -> None:
        self._fetch = fetch
        self._page_size = page_size

    async def __aiter__(self) -> AsyncIterator[T]:
        cursors = _Cursors()
        after: str | None = None
        while True:
            page = await self._fetch(after, self._page_size)
            after = cursors.advance(page, self._page_size)
            for item in page:
                yield item
            if after is None:
                return
