"""`serve --log`: the fake as the wire sees it, printing one line per request it answers."""

from __future__ import annotations

import threading
import time
from typing import TextIO

from ._fake import FakeAstra
from ._http import Encoded, Request


class LoggedFake:
    """Answers as `fake` does; each answer (or connection fault) is a line on `stream`:
    method, path and query, status, duration from arrival. The token never appears in it."""

    def __init__(self, fake: FakeAstra, stream: TextIO) -> None:
        self.fake = fake
        self.stream = stream
        self.slow_seconds = fake.slow_seconds
        self._arrived = threading.local()

    def served_at(self, url: str) -> None:
        self.fake.served_at(url)

    def latency(self, request: Request) -> float:
        self._arrived.at = time.monotonic()
        return self.fake.latency(request)

    def respond(self, request: Request) -> Encoded | str:
        answer = self.fake.respond(request)
        if answer != "slow":  # a slow answer is logged once `answer` comes, after the delay
            self._line(request, answer if isinstance(answer, str) else str(answer[0]))
        return answer

    def answer(self, request: Request) -> Encoded:
        answer = self.fake.answer(request)
        self._line(request, str(answer[0]))
        return answer

    def _line(self, request: Request, outcome: str) -> None:
        arrived = getattr(self._arrived, "at", None)
        took = "" if arrived is None else f" {(time.monotonic() - arrived) * 1000:.1f} ms"
        query = "&".join(f"{name}={value}" for name, values in request.query.items() for value in values)
        target = printable(
            (request.path + (f"?{query}" if query else "")).replace(self.fake.token, "<token>")
        )
        print(f"{printable(request.method)} {target} {outcome}{took}", file=self.stream, flush=True)


def printable(text: str) -> str:
    """`text` with control and other unprintable characters escaped: a log line stays one line."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)
