"""Issue 28, class 7: the fake cannot be exhausted by its callers. Its request log is bounded and says
so, a body is bounded before it is decoded and decoded outside the fake's lock, an idle or stalled
connection is closed after IDLE_SECONDS, and past MAX_CONNECTIONS a new one gets a clean 503."""

from __future__ import annotations

import json
import socket
import time
from typing import Any

import httpx
import pytest

from astra_devops import AstraDevOps
from astra_devops.testing import FakeAstra, _http, _wire

MiB = 1024 * 1024


def post(fake: FakeAstra, body: bytes, *, token: str = "AstraCS:wrong") -> httpx.Response:
    with httpx.Client(transport=fake.transport()) as http:
        return http.post(
            "https://api.astra.datastax.com/v2/databases",
            content=body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )


def test_the_request_log_keeps_the_last_requests_and_says_how_many_it_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_http, "LOG_LIMIT", 10)
    fake = FakeAstra()
    for _ in range(24):
        assert post(fake, b"x" * (6 * MiB)).status_code == 401
    kept = sum(len(request.body) for request in fake.requests)
    assert len(fake.requests) == 10 and fake.requests.dropped == 14
    assert kept <= 10 * _http.LOG_BODY_BYTES and "14 older ones dropped" in repr(fake.requests)


def test_a_body_over_the_bound_is_refused_before_it_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded: list[int] = []
    loads = json.loads
    monkeypatch.setattr(
        _http.json, "loads", lambda text, **kw: decoded.append(len(text)) or loads(text, **kw)
    )
    fake = FakeAstra()
    answer = post(fake, b"[" + b"[]," * (3 * MiB) + b"[]]", token=fake.token)
    assert answer.status_code == 413 and "request body over" in answer.text
    assert all(size <= _http.MAX_JSON_BYTES for size in decoded)


def test_a_body_is_decoded_outside_the_fakes_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeAstra()
    under_lock: list[bool] = []
    loads = json.loads

    def watched(text: Any, **kwargs: Any) -> Any:
        under_lock.append(fake._lock._is_owned())  # type: ignore[attr-defined]
        return loads(text, **kwargs)

    monkeypatch.setattr(_http.json, "loads", watched)
    answer = post(fake, json.dumps({"name": "db"}).encode(), token=fake.token)
    assert answer.status_code == 422 and under_lock == [False]


def _connect(url: str) -> socket.socket:
    host, port = httpx.URL(url).host, httpx.URL(url).port
    assert port is not None
    return socket.create_connection((host, port), timeout=5)


def test_idle_and_stalled_connections_are_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_wire, "IDLE_SECONDS", 0.5)
    fake = FakeAstra()
    with fake.serve() as url:
        idle, stalled = _connect(url), _connect(url)
        stalled.sendall(b"GET /v2/databases HTTP/1.1\r\nHost: x\r\n")
        start = time.monotonic()
        assert idle.recv(1024) == b""
        answer = stalled.recv(1024)
        assert answer == b"" or answer.startswith(b"HTTP/1.1 408"), answer
        assert time.monotonic() - start < 5
        idle.close()
        stalled.close()


def test_past_the_connection_cap_a_new_connection_gets_a_clean_503(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_wire, "MAX_CONNECTIONS", 4)
    monkeypatch.setattr(_wire, "IDLE_SECONDS", 1.0)
    fake = FakeAstra()
    with fake.serve() as url:
        held = [_connect(url) for _ in range(4)]
        time.sleep(0.2)
        refused = _connect(url)
        answer = refused.recv(4096)
        assert answer.startswith(b"HTTP/1.1 503 ") and b"too many connections" in answer
        assert refused.recv(1024) == b""
        for connection in held:
            connection.close()
        refused.close()
        time.sleep(0.2)
        client = AstraDevOps(token=fake.token, base_url=url, max_retries=0)
        assert list(client.databases.list()) == []
        client.close()
