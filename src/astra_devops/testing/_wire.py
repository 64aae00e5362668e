"""Putting FakeAstra on the wire: httpx transports (in-process) and a loopback HTTP server.

Faults are applied here, where they belong: a reset or a slow answer is a property of
the connection, not of the API.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

import httpx

from ._fake import Reply, Request, parse_query
from ._faults import HTML_502

if TYPE_CHECKING:
    from ._fake import FakeAstra


def _with_fault(fake: FakeAstra, request: Request) -> tuple[int, dict[str, str], bytes] | str:
    """The answer, or the name of a connection-level fault ("reset", "slow") to act out."""
    fault = fake.take_fault(request.method, request.path)
    if isinstance(fault, int):
        headers = {"Retry-After": str(fake.retry_after)} if fault in (429, 503) else {}
        return Reply(fault, {"errors": [{"ID": fault, "message": f"injected {fault}"}]}, headers).encoded()
    if fault == "html502":
        return 502, {"Content-Type": "text/html"}, HTML_502
    if fault in ("reset", "slow"):
        return fault
    status, headers, body = fake.handle(request).encoded()
    if fault == "truncated":
        body = body[: len(body) // 2]
    return status, headers, body


def _request(method: str, url: httpx.URL, headers: httpx.Headers, body: bytes) -> Request:
    return Request(
        method, url.path, parse_query(url.query.decode()), {k.lower(): v for k, v in headers.items()}, body
    )


class FakeTransport(httpx.BaseTransport):
    """Routes every request, whatever its host, to the fake, in-process."""

    def __init__(self, fake: FakeAstra) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = _with_fault(
            self.fake, _request(request.method, request.url, request.headers, request.read())
        )
        if answer == "reset":
            raise httpx.ReadError("connection reset by peer (injected)", request=request)
        if isinstance(answer, str):
            raise httpx.ReadTimeout("read timed out (injected slow answer)", request=request)
        status, headers, body = answer
        return httpx.Response(status, headers=headers, content=body, request=request)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of FakeTransport."""

    def __init__(self, fake: FakeAstra) -> None:
        self._sync = FakeTransport(fake)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._sync.handle_request(request)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeAstra
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms delayed-ACK stall

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = httpx.URL(f"http://fake{self.path}")
        answer = _with_fault(self.fake, _request(self.command, url, httpx.Headers(dict(self.headers)), body))
        if answer == "reset":
            self.close_connection = True
            self.connection.close()
            return
        if isinstance(answer, str):
            time.sleep(self.fake.slow_seconds)
            answer = self.fake.handle(
                _request(self.command, url, httpx.Headers(dict(self.headers)), body)
            ).encoded()
        status, headers, payload = answer
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests and demos print what matters themselves."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # room for a few hundred concurrent clients (the async fan-out)

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up (say, on a planned slow answer) is expected; anything else is shown."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve(fake: FakeAstra, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve the fake on loopback in a background thread; yields its base URL."""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the fake serves on loopback only")
    handler = type("Handler", (_Handler,), {"fake": fake})
    server = _Server((host, port), handler)
    url = f"http://{host}:{server.server_address[1]}"
    fake.bundle_base = url
    thread = threading.Thread(target=server.serve_forever, name="fake-astra", daemon=True)
    thread.start()
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
