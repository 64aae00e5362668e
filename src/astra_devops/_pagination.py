"""Lazy iterators over `starting_after` pages (the API caps a page at 100), under the caller's control.

Iterating yields every item, fetching each page when the previous one is used up; `.pages()`
yields the pages themselves (`items`, `next_cursor`); `max_items` stops after that many items
and `starting_after` resumes after a cursor (a page's `next_cursor`, or any item's id).

The cursor is the last id of a page; a server that sends a cursor already used (it ignores
`starting_after`, or loops), or a last id that is not printable text (an array, an object, a lone
surrogate), gets APIResponseValidationError instead of an endless iteration or a raw TypeError.
"""

from __future__ import annotations

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
