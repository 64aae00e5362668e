"""Issue 28, class 1, sync and async: the proxies the environment names are used as httpx reads them,
https through a CONNECT tunnel, loopback never proxied. Nothing leaves the machine: the proxy is a
recording one on loopback that refuses every tunnel, and the resolver refuses every public name."""

from __future__ import annotations

import asyncio
import socket
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors

from .conftest import DB, TOKEN, database, run
from .server import Hostile, always

API = "https://api.astra.datastax.com"
PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")


class _Recorder(socketserver.StreamRequestHandler):
    server: _Proxy

    def handle(self) -> None:
        head = []
        while (line := self.rfile.readline(65536)) not in (b"\r\n", b"\n", b""):
            head.append(line.decode("latin-1").rstrip("\r\n"))
        with self.server.lock:
            self.server.seen.append(head)
        self.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


class _Proxy(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Recorder)
        self.seen: list[list[str]] = []
        self.lock = threading.Lock()


@pytest.fixture
def proxy() -> Iterator[_Proxy]:
    server = _Proxy()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A resolver that answers loopback names only, recording every name it is asked for."""
    asked: list[str] = []
    resolve = socket.getaddrinfo

    def loopback_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        asked.append(name)
        if name not in ("localhost", "127.0.0.1", "::1"):
            raise socket.gaierror(socket.EAI_NONAME, "refused by the test: no public names")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)
    for variable in PROXY_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
        monkeypatch.delenv(variable.lower(), raising=False)
    return asked


def proxy_url(proxy: _Proxy) -> str:
    return f"http://127.0.0.1:{proxy.server_address[1]}"


def get_database(client: Any) -> Any:
    return client.databases.get(DB)


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
def test_https_goes_through_the_proxy_in_a_connect_tunnel(
    proxy: _Proxy, lookups: list[str], mode: str, variable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, proxy_url(proxy))
    outcome, seconds = run(mode, API, get_database, max_retries=0, timeout=5)
    assert isinstance(outcome, errors.APIConnectionError), repr(outcome)
    assert len(proxy.seen) == 1 and proxy.seen[0][0] == "CONNECT api.astra.datastax.com:443 HTTP/1.1"
    assert TOKEN not in repr(proxy.seen) and "authorization" not in repr(proxy.seen).lower()
    assert "api.astra.datastax.com" not in lookups and seconds < 5


def test_a_host_in_no_proxy_goes_direct(
    proxy: _Proxy, lookups: list[str], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy_url(proxy))
    monkeypatch.setenv("NO_PROXY", "example.com,datastax.com")
    outcome, _ = run(mode, API, get_database, max_retries=0, timeout=5)
    assert isinstance(outcome, errors.APIConnectionError), repr(outcome)
    assert proxy.seen == [] and "api.astra.datastax.com" in lookups


def test_a_loopback_base_url_never_goes_through_a_proxy(
    proxy: _Proxy, lookups: list[str], hostile: Hostile, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(variable, proxy_url(proxy))
    hostile.script = always(database())
    for url in (hostile.url, hostile.url.replace("127.0.0.1", "localhost")):
        outcome, _ = run(mode, url, get_database, max_retries=0)
        assert getattr(outcome, "id", None) == DB, repr(outcome)
    assert proxy.seen == [] and len(hostile.seen) == 2


def test_a_bundle_download_goes_through_the_proxy_without_its_signature(
    proxy: _Proxy, lookups: list[str], mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy_url(proxy))
    url = "https://storage.example.com/bundle.zip?X-Amz-Signature=secret-signature"
    destination = tmp_path / "bundle.zip"
    if mode == "sync":
        with AstraDevOps(token=TOKEN, base_url=API, max_retries=0) as client:
            outcome: object = _attempt(lambda: client._http.download(url, destination))
    else:
        outcome = asyncio.run(_async_download(url, destination))
    assert isinstance(outcome, errors.APIConnectionError), repr(outcome)
    assert [head[0] for head in proxy.seen] == ["CONNECT storage.example.com:443 HTTP/1.1"]
    assert "secret-signature" not in repr(proxy.seen) and not destination.exists()
    assert "storage.example.com" not in lookups


def _attempt(action: Any) -> object:
    try:
        return action()
    except Exception as exc:
        return exc


async def _async_download(url: str, destination: Path) -> object:
    async with AsyncAstraDevOps(token=TOKEN, base_url=API, max_retries=0) as client:
        try:
            return await client._http.download(url, destination)
        except Exception as exc:
            return exc
