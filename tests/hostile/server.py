"""A loopback HTTP server that misbehaves on purpose: any status, any header, any body, trickled.

Each request is answered by `Hostile.script` (a function of the request seen) with raw bytes
on the socket, so an answer can be what no well-behaved server library would send. Every
request is recorded, so tests can check that none went to the wrong path.
"""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Answer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    trickle: float = 0.0
    """Seconds between body bytes (0: all at once)."""


Script = Callable[[Seen], Answer]


class Hostile:
    """The server's state: the script that answers, and the requests seen."""

    def __init__(self) -> None:
        self.script: Script = lambda seen: Answer()
        self.seen: list[Seen] = []
        self.url = ""
        self.stopping = threading.Event()
        self._lock = threading.Lock()

    def record(self, seen: Seen) -> Answer:
        with self._lock:
            self.seen.append(seen)
        return self.script(seen)

    def paths(self) -> list[str]:
        with self._lock:
            return [seen.path for seen in self.seen]


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        self.connection.settimeout(5)
        with suppress(OSError, ValueError):
            seen = self._read()
            if seen is not None:
                self._write(self.server.hostile.record(seen))

    def _read(self) -> Seen | None:
        line = self.rfile.readline(65536).decode("latin-1").strip()
        if not line:
            return None
        method, target, _ = line.split(" ", 2)
        headers: dict[str, str] = {}
        while (header := self.rfile.readline(65536).decode("latin-1").strip()) != "":
            name, _, value = header.partition(":")
            headers[name.strip().lower()] = value.strip()
        body = self.rfile.read(int(headers.get("content-length", "0") or 0))
        return Seen(method, target, headers, body)

    def _write(self, answer: Answer) -> None:
        lines = [f"HTTP/1.1 {answer.status} Hostile"]
        headers = {"Connection": "close", **answer.headers}
        if not any(name.lower() == "content-length" for name in headers):
            headers["Content-Length"] = str(len(answer.body))
        lines += [f"{name}: {value}" for name, value in headers.items()]
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        if not answer.trickle:
            self.wfile.write(answer.body)
            return
        for index in range(len(answer.body)):
            if self.server.hostile.stopping.wait(answer.trickle):
                return
            self.wfile.write(answer.body[index : index + 1])
            self.wfile.flush()


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    hostile: Hostile

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: object
    ) -> None:
        """A client hanging up mid-answer is what these tests provoke: not an error to print."""


@contextmanager
def serve() -> Iterator[Hostile]:
    hostile = Hostile()
    server = _Server(("127.0.0.1", 0), _Handler)
    server.hostile = hostile
    host, port = server.server_address[:2]
    hostile.url = f"http://{host!s}:{port}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield hostile
    finally:
        hostile.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def always(answer: Answer) -> Script:
    return lambda seen: answer


def elapsed_since(start: float) -> float:
    return time.monotonic() - start
