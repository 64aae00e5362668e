"""On the wire, the fake answers whatever it is sent (issue 8, defect 13): 400 for what it cannot
read, 405 for a method a path does not have, 404 for an unknown path, and it keeps serving.
Also the seeded chaos faults, added latency, and the record of what was sent."""

import json
import socket
from collections.abc import Iterator

import httpx
import pytest

from astra_devops.testing import FakeAstra

BASE = "https://api.astra.datastax.com"


@pytest.fixture
def served() -> Iterator[tuple[FakeAstra, str]]:
    fake = FakeAstra(slow_seconds=0.2)
    with fake.serve() as url:
        yield fake, url


def raw(url: str, request: bytes) -> bytes:
    """Send bytes as they are; read the answer until the server closes or 5 s pass."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as connection:
        connection.sendall(request)
        connection.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def headers(fake: FakeAstra) -> dict[str, str]:
    return {"Authorization": f"Bearer {fake.token}"}


@pytest.mark.parametrize("length", [b"abc", b"-1", b"1e3", b" "])
def test_a_bad_content_length_is_a_400(served: tuple[FakeAstra, str], length: bytes) -> None:
    fake, url = served
    request = (
        b"POST /v2/databases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + fake.token.encode()
        + b"\r\nContent-Length: "
        + length
        + b"\r\n\r\n{}"
    )
    answer = raw(url, request)
    assert answer.startswith(b"HTTP/1.1 400 ") and b'{"errors": [{"ID": 40001, "message": ' in answer
    assert httpx.get(f"{url}/v2/currentOrg", headers=headers(fake)).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", "/v2/databases?limit=abc", None, 400),
        ("GET", "/v2/databases?include=everything", None, 400),
        ("POST", "/v2/databases", b"[1, 2]", 400),
        ("POST", "/v2/databases", b'"a string"', 400),
        ("POST", "/v2/databases", b"{not json", 400),
        ("POST", "/v2/databases", b"[" * 100_000 + b"]" * 100_000, 400),
        ("POST", "/v2/databases", json.dumps({"name": [[[[[[[]]]]]]]}).encode(), 422),
        ("POST", "/v2/clientIdSecrets", json.dumps({"roles": [{}]}).encode(), 400),
        ("PUT", "/v2/organizations/users", json.dumps({"email": "a@b.c", "roles": [{}]}).encode(), 400),
        ("POST", "/v2/organizations/roles", json.dumps({"name": "r", "policy": []}).encode(), 400),
        ("POST", "/v2/pcus", b"{}", 400),
        ("BREW", "/v2/databases", None, 405),
        ("HEAD", "/v2/databases", None, 405),
        ("GET", "/v2/../../etc/passwd", None, 404),
        ("GET", "/nothing", None, 404),
    ],
)
def test_bad_input_gets_an_answer_and_service_goes_on(
    served: tuple[FakeAstra, str], method: str, path: str, body: bytes | None, status: int
) -> None:
    fake, url = served
    answer = httpx.request(method, f"{url}{path}", content=body, headers=headers(fake), timeout=10)
    assert answer.status_code == status
    if method != "HEAD":
        assert answer.json()["errors"][0]["message"]
    assert httpx.get(f"{url}/v2/currentOrg", headers=headers(fake)).status_code == 200


@pytest.mark.parametrize(
    ("target", "status"),
    [
        (b"/v2/\x00", b"404"),
        (b"/v2/databases/\xff\xfe", b"404"),
        (b"/%zz?%zz=%ff", b"404"),
        (b"http://x:99999/a", b"404"),
        (b"/v2/databases?limit=" + b"9" * 5000, b"400"),
        (b"/" + b"a" * 70_000, b"414"),
    ],
)
def test_odd_request_targets_get_a_json_answer(
    served: tuple[FakeAstra, str], target: bytes, status: bytes
) -> None:
    fake, url = served
    request = (
        b"GET "
        + target
        + b" HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + fake.token.encode()
        + b"\r\n\r\n"
    )
    answer = raw(url, request)
    assert answer.startswith(b"HTTP/1.1 " + status) and b'{"errors": [{"ID": ' in answer
    assert httpx.get(f"{url}/v2/currentOrg", headers=headers(fake)).status_code == 200


def test_a_chunked_body_is_refused_cleanly(served: tuple[FakeAstra, str]) -> None:
    fake, url = served
    request = (
        b"POST /v2/databases HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
    )
    assert raw(url, request).startswith(b"HTTP/1.1 411 ")
    assert httpx.get(f"{url}/v2/currentOrg", headers=headers(fake)).status_code == 200


def test_chaos_with_a_seed_repeats_itself() -> None:
    def run() -> list[int]:
        fake = FakeAstra()
        http = httpx.Client(transport=fake.transport(), base_url=BASE, headers=headers(fake))
        fake.fail("GET /v2/currentOrg", [503, 429], probability=0.5, seed=7)
        return [http.get("/v2/currentOrg").status_code for _ in range(40)]

    first = run()
    assert first == run()
    assert set(first) == {200, 429, 503}
    assert 8 <= first.count(200) <= 32


def test_heal_drops_every_plan() -> None:
    fake = FakeAstra()
    http = httpx.Client(transport=fake.transport(), base_url=BASE, headers=headers(fake))
    fake.fail("GET /v2/currentOrg", [503], probability=1)
    assert http.get("/v2/currentOrg").status_code == 503
    fake.heal()
    assert http.get("/v2/currentOrg").status_code == 200


def test_latency_per_route_is_felt_on_the_wire(served: tuple[FakeAstra, str]) -> None:
    fake, url = served
    fake.delay("GET /v2/currentOrg", 2)
    assert httpx.get(f"{url}/v2/organizations/roles", headers=headers(fake), timeout=1).status_code == 200
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{url}/v2/currentOrg", headers=headers(fake), timeout=0.3)


def test_latency_in_process_sleeps_the_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("astra_devops.testing._wire.time.sleep", slept.append)
    fake = FakeAstra()
    http = httpx.Client(transport=fake.transport(), base_url=BASE, headers=headers(fake))
    fake.delay("* /v2/currentOrg", 0.25)
    fake.delay("GET /v2/currentOrg", 0.5)
    http.get("/v2/currentOrg")
    http.get("/v2/organizations/roles")
    assert slept == [0.75, 0.0]


def test_requests_records_what_was_sent() -> None:
    fake = FakeAstra()
    http = httpx.Client(transport=fake.transport(), base_url=BASE, headers=headers(fake))
    http.post("/v2/organizations/customDomains", json=["db.example.com"], params={"dry": "1"})
    sent = fake.requests[-1]
    assert (sent.method, sent.path, sent.query) == ("POST", "/v2/organizations/customDomains", {"dry": ["1"]})
    assert sent.json() == ["db.example.com"] and sent.headers["content-type"] == "application/json"
