"""Putting the fake on the wire: httpx transports (in-process) and a loopback HTTP server.

Connection-level faults are acted out here, where they belong: a reset or a slow answer is a
property of the connection, not of the API. Whatever arrives, the server answers (400 for what
it cannot read) and keeps serving: a connection idle (or stalled mid-request) for IDLE_SECONDS is
closed, and past MAX_CONNECTIONS open at once a new one is refused with a 503 and closed.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import anyio
import httpx

from ._http import Answerer, Encoded, Reply, Request

MAX_BODY = 8 * 1024 * 1024
_LENGTH = re.compile(r"[0-9]{1,12}")
BODY_SECONDS = 10.0
IDLE_SECONDS = 30.0
MAX_CONNECTIONS = 512
_REFUSED = b'{"errors": [{"ID": 50301, "message": "the fake serves too many connections: try again"}]}'
_REFUSAL = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
    b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(_REFUSED), _REFUSED)
)


def parse_query(query: str) -> dict[str, list[str]]:
    return parse_qs(query, keep_blank_values=True)


def _request(method: str, url: httpx.URL, headers: httpx.Headers, body: bytes) -> Request:
    query = parse_query(url.query.decode("latin-1"))
    return Request(method, url.path, query, {k.lower(): v for k, v in headers.items()}, body)


def _in_process(fake: Answerer, request: httpx.Request) -> httpx.Response:
    answer = fake.respond(_request(request.method, request.url, request.headers, request.content))
    if answer == "reset":
        raise httpx.ReadError("connection reset by peer (injected)", request=request)
    if isinstance(answer, str):
        raise httpx.ReadTimeout("read timed out (injected slow answer)", request=request)
    status, headers, body = answer
    return httpx.Response(status, headers=headers, content=body, request=request)


class FakeTransport(httpx.BaseTransport):
    """Routes every request, whatever its host, to the fake, in-process."""

    def __init__(self, fake: Answerer) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        time.sleep(self.fake.latency(_request(request.method, request.url, request.headers, b"")))
        return _in_process(self.fake, request)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of FakeTransport (its latency sleeps without blocking the loop)."""

    def __init__(self, fake: Answerer) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        await anyio.sleep(self.fake.latency(_request(request.method, request.url, request.headers, b"")))
        return _in_process(self.fake, request)


class _Handler(BaseHTTPRequestHandler):
    fake: Answerer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms delayed-ACK stall

    def __getattr__(self, name: str) -> Any:
        """Every method, however odd, reaches the router (which answers 405 or 404)."""
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def _body(self) -> bytes | Reply:
        if self.headers.get("Transfer-Encoding") is not None:
            return Reply.error(411, "send a Content-Length, not a Transfer-Encoding")
        lengths = {value.strip() for value in self.headers.get_all("Content-Length") or ["0"]}
        length = lengths.pop()
        if lengths or not _LENGTH.fullmatch(length):
            return Reply.error(400, f"bad Content-Length {length[:20]!r}")
        if int(length) > MAX_BODY:
            return Reply.error(413, f"request body over {MAX_BODY} bytes")
        return self._read(int(length)) if int(length) else b""

    def _read(self, length: int) -> bytes | Reply:
        """The body, or a 4xx when it ends or stalls before `length` bytes."""
        self.connection.settimeout(BODY_SECONDS)
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            return Reply.error(408, f"the body stalled for {BODY_SECONDS:g} s before its {length} bytes")
        finally:
            self.connection.settimeout(self.timeout)
        if len(body) < length:
            return Reply.error(400, f"the body ended after {len(body)} of {length} bytes")
        return body

    def _serve(self) -> None:
        body = self._body()
        if isinstance(body, Reply):
            self.close_connection = True
            self._send(body.encoded())
            return
        target = urlsplit(self.path if self.path.startswith("/") else "/")
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = Request(self.command, unquote(target.path), parse_query(target.query), headers, body)
        time.sleep(self.fake.latency(request))
        answer = self.fake.respond(request)
        if answer == "reset":
            self.close_connection = True
            self.connection.close()
            return
        if isinstance(answer, str):
            time.sleep(self.fake.slow_seconds)
            answer = self.fake.answer(request)
        self._send(answer)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """What the standard library refuses (a malformed request line or header) in the live shape."""
        self.close_connection = True
        self._send(Reply.error(code, message or "bad request").encoded())

    def _send(self, answer: Encoded) -> None:
        status, headers, payload = answer
        self.send_response(status)
        for header, value in headers.items():
            self.send_header(header, value)
        self.send_header("Content-Length", str(len(payload)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if getattr(self, "command", None) != "HEAD":
            self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests and demos print what matters themselves."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # room for a few hundred concurrent clients (the async fan-out)

    def __init__(self, address: tuple[str, int], handler: type[_Handler]) -> None:
        super().__init__(address, handler)
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)

    def process_request(self, request: Any, client_address: Any) -> None:
        """A thread for the connection, or past MAX_CONNECTIONS a 503 and the connection closed."""
        if not self.slots.acquire(blocking=False):
            with suppress(OSError):
                request.sendall(_REFUSAL)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up (say, on a planned slow answer) is expected; anything else is shown."""
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve(fake: Answerer, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve the fake on loopback in a background thread; yields its base URL."""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the fake serves on loopback only")
    handler = type("Handler", (_Handler,), {"fake": fake, "timeout": IDLE_SECONDS})
    server = _Server((host, port), handler)
    url = f"http://{host}:{server.server_address[1]}"
    fake.served_at(url)
    thread = threading.Thread(target=server.serve_forever, name="fake-astra", daemon=True)
    thread.start()
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
