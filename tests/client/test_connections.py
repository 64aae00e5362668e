"""The client's own pool keeps alive every connection it opened (up to 100; httpx keeps 20): a second
burst of concurrent calls reuses the first burst's connections instead of opening new ones, so two
bursts of 40 never use more than 40 connections (issue 15: the async fan-out)."""

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps

DB = "db-1"
BURST = 40
BODY = json.dumps(
    {"id": DB, "orgId": "o", "ownerId": "u", "info": {"name": "x"}, "status": "ACTIVE"}
).encode()


class _Counting(BaseHTTPRequestHandler):
    """Answers a database after a short pause (so a burst needs a connection per call) and records
    the client port of each request: one port per connection."""

    protocol_version = "HTTP/1.1"
    ports: list[int]
    lock = threading.Lock()

    def do_GET(self) -> None:
        with self.lock:
            self.ports.append(self.client_address[1])
        time.sleep(0.1)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[tuple[str, list[int]]]:
    ports: list[int] = []
    handler = type("Handler", (_Counting,), {"ports": ports})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", ports
    finally:
        httpd.shutdown()
        httpd.server_close()


def _check(ports: list[int]) -> None:
    """Both bursts answered, the first needed more connections than httpx keeps, and none was opened
    again: a pool opens a connection only when none is idle, so one that closes none never holds more
    than the calls in flight."""
    assert len(ports) == 2 * BURST
    assert len(set(ports[:BURST])) > 20 and len(set(ports)) <= BURST


def test_a_second_async_burst_reuses_the_first_ones_connections(server: tuple[str, list[int]]) -> None:
    url, ports = server

    async def two_bursts() -> None:
        async with AsyncAstraDevOps(token="AstraCS:test", base_url=url) as client:
            for _ in range(2):
                found = await asyncio.gather(*(client.databases.get(DB) for _ in range(BURST)))
                assert [database.id for database in found] == [DB] * BURST

    asyncio.run(two_bursts())
    _check(ports)


def test_a_second_threaded_burst_reuses_the_first_ones_connections(server: tuple[str, list[int]]) -> None:
    url, ports = server
    with AstraDevOps(token="AstraCS:test", base_url=url) as client, ThreadPoolExecutor(BURST) as threads:
        for _ in range(2):
            found = list(threads.map(lambda _: client.databases.get(DB), range(BURST)))
            assert [database.id for database in found] == [DB] * BURST
    _check(ports)
