"""`serve` for a client in another language (issue 30): its world moves with time as well as with
reads, `--fail ROUTE=FAULTS` plans what `fake_astra.fail()` plans, and `--log` shows one line per
request without the token. Each test runs the command as a user does, on loopback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from .test_serve import exported, served

BODY = {"name": "db", "cloudProvider": "AWS", "region": "us-east-1", "tier": "serverless", "capacityUnits": 1}
SETTLE_SECONDS = 20


@pytest.fixture
def shell_env(tmp_path: Path) -> dict[str, str]:
    """The environment without any Astra setting to fall back on (as test_serve's)."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("ASTRA")}
    return {**env, "HOME": str(tmp_path)}


@contextmanager
def client(
    tmp_path: Path, env: dict[str, str], *flags: str, log: Path | None = None
) -> Iterator[httpx.Client]:
    stderr = log.open("w") if log is not None else subprocess.DEVNULL
    try:
        with served(tmp_path, env, *flags, stderr=stderr) as printed:
            values = exported(printed)
            headers = {"Authorization": f"Bearer {values['ASTRA_DB_APPLICATION_TOKEN']}"}
            with httpx.Client(base_url=values["ASTRA_DEVOPS_BASE_URL"], headers=headers, timeout=10) as http:
                yield http
    finally:
        if log is not None:
            stderr.close()  # type: ignore[union-attr]


def statuses_until_settled(http: httpx.Client) -> list[str]:
    """The status a list shows of the only database, each second, until ACTIVE (20 s at most)."""
    seen: list[str] = []
    deadline = time.monotonic() + SETTLE_SECONDS
    while "ACTIVE" not in seen and time.monotonic() < deadline:
        (database,) = http.get("/v2/databases").json()
        seen.append(database["status"])
        time.sleep(0.25)
    return seen


def test_by_default_a_database_never_read_settles_with_time(
    tmp_path: Path, shell_env: dict[str, str]
) -> None:
    with client(tmp_path, shell_env) as http:
        assert http.post("/v2/databases", json=BODY).status_code == 201
        seen = statuses_until_settled(http)
    assert seen[0] == "PENDING" and seen[-1] == "ACTIVE", seen


def test_with_step_seconds_reads_still_move_the_world(tmp_path: Path, shell_env: dict[str, str]) -> None:
    with client(tmp_path, shell_env, "--step-seconds", "3600") as http:
        database = http.post("/v2/databases", json=BODY).headers["Location"]
        reads = [http.get(f"/v2/databases/{database}").json()["status"] for _ in range(2)]
    assert reads == ["INITIALIZING", "ACTIVE"]


def test_with_a_short_step_seconds_a_list_sees_every_step(tmp_path: Path, shell_env: dict[str, str]) -> None:
    with client(tmp_path, shell_env, "--step-seconds", "0.5") as http:
        http.post("/v2/databases", json=BODY)
        seen = statuses_until_settled(http)
    assert list(dict.fromkeys(seen)) == ["PENDING", "INITIALIZING", "ACTIVE"], seen


def test_fail_plans_faults_for_a_route_in_order(tmp_path: Path, shell_env: dict[str, str]) -> None:
    flags = (
        "--fail",
        "GET /v2/databases=503,reset",
        "--fail",
        "POST /v2/databases/{databaseID}/terminate=429",
    )
    with client(tmp_path, shell_env, *flags) as http:
        unavailable = http.get("/v2/databases")
        with pytest.raises(httpx.TransportError):
            http.get("/v2/databases")
        served_again = http.get("/v2/databases")
        throttled = http.post("/v2/databases/anything/terminate")
    assert (unavailable.status_code, unavailable.headers["Retry-After"]) == (503, "0")
    assert unavailable.json()["errors"][0]["message"] == "injected 503"
    assert (served_again.status_code, served_again.json()) == (200, [])
    assert throttled.status_code == 429


@pytest.mark.parametrize(
    ("value", "complaint"),
    [
        ("GET /v2/nothing=503", "no such route 'GET /v2/nothing'"),
        ("GET /v2/databases=teapot", "unknown fault 'teapot'"),
        ("GET /v2/databases=99", "unknown fault 99"),
        ("GET /v2/databases=", "give a route and its faults"),
        ("GET /v2/databases", "give a route and its faults"),
        ("/v2/databases=503", "a route is 'METHOD /path'"),
    ],
)
def test_a_bad_fail_stops_before_serving(tmp_path: Path, value: str, complaint: str) -> None:
    command = [sys.executable, "-m", "astra_devops.testing", "serve", "--fail", value]
    refused = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert refused.returncode == 2 and refused.stdout == ""
    assert f"--fail {value}: " in refused.stderr and complaint in refused.stderr


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf"])
def test_a_step_that_is_not_a_positive_number_stops_before_serving(tmp_path: Path, value: str) -> None:
    command = [sys.executable, "-m", "astra_devops.testing", "serve", "--step-seconds", value]
    refused = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert refused.returncode == 2 and refused.stdout == ""
    assert "--step-seconds must be a positive number of seconds" in refused.stderr


def test_log_prints_one_line_per_request_and_never_the_token(
    tmp_path: Path, shell_env: dict[str, str]
) -> None:
    log = tmp_path / "log"
    with client(tmp_path, shell_env, "--log", "--fail", "GET /v2/currentOrg=reset", log=log) as http:
        token = http.headers["Authorization"].removeprefix("Bearer ")
        database = http.post("/v2/databases", json=BODY).headers["Location"]
        http.get("/v2/databases", params={"include": "all", "token": token})
        http.get("/v2/databases/a%0Ab", headers={"Authorization": "Bearer wrong"})
        with pytest.raises(httpx.TransportError):
            http.get("/v2/currentOrg")
    lines = log.read_text().splitlines()[1:]  # after the line that says where it serves
    assert token not in log.read_text()
    expected = [
        "POST /v2/databases 201",
        "GET /v2/databases?include=all&token=<token> 200",
        "GET /v2/databases/a\\nb 401",
        "GET /v2/currentOrg reset",
    ]
    assert [re.sub(r" [0-9]+\.[0-9] ms$", "", line) for line in lines] == expected, lines
    assert all(re.search(r" [0-9]+\.[0-9] ms$", line) for line in lines)
    assert database
