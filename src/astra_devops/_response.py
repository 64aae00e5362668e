"""`with_raw_response`: an answer as received, its status and headers, read on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

R = TypeVar("R")


class APIResponse(Generic[R]):
    """One answer: `status_code`, `headers`, the `http_response`, and `parse()` for what the method returns.

    For a method that sends several requests (say, create and wait), this is the last answer.
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[], R]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> R:
        """What the method returns, read from this answer (a typed error if it cannot be read)."""
        return self._parse()

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"
