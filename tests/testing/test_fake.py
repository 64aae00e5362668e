"""FakeAstra itself, with raw httpx: it must behave like the live API, independently of the client."""

import io
import os
import selectors
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from astra_devops.testing import FakeAstra

BASE = "https://api.astra.datastax.com"
NEW_DATABASE = {
    "name": "a",
    "cloudProvider": "AWS",
    "tier": "serverless",
    "capacityUnits": 1,
    "region": "us-east-2",
}


@pytest.fixture
def fake() -> FakeAstra:
    return FakeAstra()


@pytest.fixture
def http(fake: FakeAstra) -> httpx.Client:
    return httpx.Client(
        transport=fake.transport(), base_url=BASE, headers={"Authorization": f"Bearer {fake.token}"}
    )


def new_database(http: httpx.Client) -> str:
    answer = http.post("/v2/databases", json=NEW_DATABASE)
    assert answer.status_code == 201 and answer.content == b""
    return answer.headers["Location"].rsplit("/", 1)[-1]


def test_lifecycle_advances_per_poll(http: httpx.Client) -> None:
    database = new_database(http)
    assert [http.get(f"/v2/databases/{database}").json()["status"] for _ in range(3)] == [
        "INITIALIZING",
        "ACTIVE",
        "ACTIVE",
    ]
    assert http.post(f"/v2/databases/{database}/terminate").status_code == 202
    assert http.get(f"/v2/databases/{database}").json()["status"] == "TERMINATED"


def test_lifecycle_on_the_virtual_clock() -> None:
    fake = FakeAstra(advance_on_poll=False, step_seconds=60)
    http = httpx.Client(
        transport=fake.transport(), base_url=BASE, headers={"Authorization": f"Bearer {fake.token}"}
    )
    database = new_database(http)
    assert http.get(f"/v2/databases/{database}").json()["status"] == "PENDING"
    fake.advance(120)
    assert http.get(f"/v2/databases/{database}").json()["status"] == "ACTIVE"


def test_busy_database_answers_409_in_the_live_shape(http: httpx.Client) -> None:
    database = new_database(http)
    answer = http.post(f"/v2/databases/{database}/keyspaces/ks")
    assert answer.status_code == 409 and "ID" in answer.json()["errors"][0]


def test_list_caps_the_limit_and_pages(fake: FakeAstra, http: httpx.Client) -> None:
    ids = [new_database(http) for _ in range(105)]
    assert len(http.get("/v2/databases", params={"limit": 500}).json()) == 100
    page = http.get("/v2/databases", params={"limit": 10, "starting_after": ids[99]}).json()
    assert [d["id"] for d in page] == ids[100:]


def test_auth_unknown_paths_and_methods(fake: FakeAstra, http: httpx.Client) -> None:
    anonymous = httpx.Client(transport=fake.transport(), base_url=BASE)
    assert anonymous.get("/v2/databases").status_code == 401
    unknown = http.get("/v2/nothing-here")
    assert unknown.status_code == 404 and "/v2/nothing-here" in unknown.json()["errors"][0]["message"]
    wrong = http.patch("/v2/databases")
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "GET, POST"
    report = http.get("/v2/enterprises/billing-reports/generate-report")
    assert report.status_code == 405 and report.headers["Allow"] == "POST"


def test_roles_come_in_the_live_shape(http: httpx.Client) -> None:
    role = http.get("/v2/organizations/roles").json()[0]
    assert set(role) == {"ID", "Name", "Type", "policy"} and isinstance(role["policy"], str)
    missing = http.get("/v2/organizations/roles/nope")
    assert missing.status_code == 404 and missing.json() == "unable to get role for organization"


def test_bundle_is_a_zip_and_refuses_an_authorization_header(fake: FakeAstra, http: httpx.Client) -> None:
    database = new_database(http)
    http.get(f"/v2/databases/{database}")
    http.get(f"/v2/databases/{database}")
    entries = http.post(f"/v2/databases/{database}/secureBundleURL", params={"all": "true"}).json()
    assert isinstance(entries, list) and entries[0]["datcenterID"] == f"{database}-1"
    storage = httpx.Client(transport=fake.transport())
    assert zipfile.ZipFile(io.BytesIO(storage.get(entries[0]["downloadURL"]).content)).namelist()
    assert storage.get(entries[0]["downloadURL"], headers={"Authorization": "Bearer x"}).status_code == 403


def test_access_list_delete_removes_only_the_first_of_a_batch(http: httpx.Client) -> None:
    database = new_database(http)
    http.post(
        f"/v2/databases/{database}/access-list", json=[{"address": "1.1.1.1/32"}, {"address": "2.2.2.2/32"}]
    )
    http.delete(f"/v2/databases/{database}/access-list", params={"addresses": ["1.1.1.1/32", "2.2.2.2/32"]})
    left = http.get(f"/v2/databases/{database}/access-list").json()["addresses"]
    assert [a["address"] for a in left] == ["2.2.2.2/32"]
    assert left[0]["lastUpdateDateTime"].endswith("+0000 UTC")


@pytest.mark.parametrize(
    ("fault", "check"),
    [
        (429, lambda r: r.status_code == 429 and r.headers["Retry-After"] == "0"),
        (503, lambda r: r.status_code == 503),
        ("html502", lambda r: r.status_code == 502 and b"<title>502 Bad Gateway</title>" in r.content),
        (
            "truncated",
            lambda r: r.status_code == 200 and r.content.startswith(b"{") and not r.content.endswith(b"}"),
        ),
    ],
)
def test_answer_faults_then_normal_service(fake: FakeAstra, http: httpx.Client, fault: object, check) -> None:  # type: ignore[no-untyped-def]
    fake.fail("GET /v2/currentOrg", [fault])  # type: ignore[list-item]
    assert check(http.get("/v2/currentOrg"))
    assert http.get("/v2/currentOrg").json()["id"] == fake.org.id


@pytest.mark.parametrize(("fault", "error"), [("reset", httpx.ReadError), ("slow", httpx.ReadTimeout)])
def test_connection_faults_in_process(fake: FakeAstra, http: httpx.Client, fault: str, error: type) -> None:
    fake.fail("GET /v2/currentOrg", [fault])
    with pytest.raises(error):
        http.get("/v2/currentOrg")


def test_unknown_faults_are_refused(fake: FakeAstra) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        fake.fail("GET /v2/currentOrg", ["explode"])  # type: ignore[list-item]


def test_loopback_server_with_faults() -> None:
    fake = FakeAstra(slow_seconds=0.5)
    with fake.serve() as url:
        assert url.startswith("http://127.0.0.1:")
        headers = {"Authorization": f"Bearer {fake.token}"}
        assert httpx.get(f"{url}/v2/currentOrg", headers=headers).json()["name"]
        fake.fail("GET /v2/currentOrg", ["reset", "slow"])
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{url}/v2/currentOrg", headers=headers)
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(f"{url}/v2/currentOrg", headers=headers, timeout=0.1)


@contextmanager
def _served(*flags: str) -> Iterator[tuple[str, str]]:
    """`python -m astra_devops.testing serve` with `flags`: its URL and token, each read waited for
    at most 30 s; the process group is stopped afterwards."""
    command = [sys.executable, "-m", "astra_devops.testing", "serve", "--port", "0", *flags]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, start_new_session=True)
    try:
        assert process.stdout is not None
        printed = b""
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            while printed.count(b"\n") < 2:
                assert selector.select(timeout=30), "the serve command printed nothing for 30 s"
                chunk = os.read(process.stdout.fileno(), 4096)
                assert chunk, "the serve command exited before printing its URL and token"
                printed += chunk
        lines = [line.split("=", 1)[1] for line in printed.decode().splitlines()]
        yield lines[0], lines[1]
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


def test_serve_command_prints_url_and_token() -> None:
    with _served() as (url, token):
        assert token.startswith("AstraCS:")
        answer = httpx.get(f"{url}/v2/currentOrg", headers={"Authorization": f"Bearer {token}"}, timeout=5)
        assert answer.status_code == 200


def test_serve_command_plans_failures_and_refuses_unknown_ones() -> None:
    command = [
        sys.executable,
        "-m",
        "astra_devops.testing",
        "serve",
        "--port",
        "0",
        "--fail-next",
        "keyspace",
    ]
    refused = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "--fail-next keyspace: no such kind" in refused.stderr
    with _served("--fail-next", "report=FAILED") as (url, token):
        headers = {"Authorization": f"Bearer {token}"}
        body = {"month": "3", "year": "2026"}
        started = httpx.post(
            f"{url}/v2/enterprises/billing-reports/generate-report", json=body, headers=headers
        )
        assert started.json()["status"] == "PENDING"
        report = f"{url}/v2/enterprises/billing-reports/{started.json()['reportId']}"
        assert [httpx.get(report, headers=headers).json()["status"] for _ in range(2)] == ["FAILED"] * 2
