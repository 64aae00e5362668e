"""`python -m astra_devops.testing serve` as a shell user meets it: the lines it prints, pasted or
`eval`-ed into bash, and the file `--env-file` writes, sourced, point a client at the served fake;
the testing guide's one-script form runs as written; a bad planning flag stops it before it serves."""

from __future__ import annotations

import os
import selectors
import shlex
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]

START_SECONDS = 30
READ_ENV = """
from astra_devops import AstraDevOps

with AstraDevOps() as client:
    print(client.organizations.current().id)
"""


@pytest.fixture
def shell_env(tmp_path: Path) -> dict[str, str]:
    """The environment without any Astra setting or astra-cli file to fall back on."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("ASTRA")}
    env.pop("XDG_CONFIG_HOME", None)
    return {**env, "HOME": str(tmp_path)}


@contextmanager
def served(cwd: Path, env: dict[str, str], *flags: str, stderr: Any = subprocess.DEVNULL) -> Iterator[str]:
    """Start the command, yield the two lines it prints (each read waited for at most 30 s), stop it
    with SIGTERM as a user's shell or supervisor would."""
    command = [sys.executable, "-m", "astra_devops.testing", "serve", *flags]
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=stderr, start_new_session=True
    )
    try:
        assert process.stdout is not None
        printed = b""
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            while printed.count(b"\n") < 2:
                assert selector.select(timeout=START_SECONDS), f"printed {printed!r} in {START_SECONDS} s"
                chunk = os.read(process.stdout.fileno(), 4096)
                assert chunk, f"the serve command exited after printing {printed!r}"
                printed += chunk
        yield printed.decode()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        assert process.wait(timeout=10) == 0


def bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=60, check=False
    )


def run_python(read_env: str = READ_ENV) -> str:
    return f"exec {shlex.quote(sys.executable)} -c {shlex.quote(read_env)}"


def exported(printed: str) -> dict[str, str]:
    """NAME: value of each printed `export NAME=value` line."""
    return dict(shlex.split(line)[1].split("=", 1) for line in printed.splitlines())


def organization_id(printed: str) -> str:
    values = exported(printed)
    answer = httpx.get(
        f"{values['ASTRA_DEVOPS_BASE_URL']}/v2/currentOrg",
        headers={"Authorization": f"Bearer {values['ASTRA_DB_APPLICATION_TOKEN']}"},
        timeout=5,
    )
    return str(answer.json()["id"])


def test_without_the_lines_a_client_finds_no_token(tmp_path: Path, shell_env: dict[str, str]) -> None:
    ran = bash(run_python(), tmp_path, shell_env)
    assert ran.returncode == 1 and "ConfigurationError: no Astra token found" in ran.stderr


def test_the_printed_lines_pasted_into_bash_reach_the_fake(tmp_path: Path, shell_env: dict[str, str]) -> None:
    with served(tmp_path, shell_env) as printed:
        assert [line.split("=", 1)[0] for line in printed.splitlines()] == [
            "export ASTRA_DEVOPS_BASE_URL",
            "export ASTRA_DB_APPLICATION_TOKEN",
        ]
        pasted = bash(printed + run_python(), tmp_path, shell_env)
        evaluated = bash(f"eval {shlex.quote(printed)}\n{run_python()}", tmp_path, shell_env)
        expected = organization_id(printed)
    assert (pasted.returncode, pasted.stdout) == (0, f"{expected}\n"), pasted.stderr
    assert (evaluated.returncode, evaluated.stdout) == (0, f"{expected}\n"), evaluated.stderr


def test_the_env_file_is_sourced_in_another_shell_and_removed_on_stop(
    tmp_path: Path, shell_env: dict[str, str]
) -> None:
    env_file = tmp_path / "fake.env"
    with served(tmp_path, shell_env, "--env-file", "fake.env") as printed:
        assert env_file.read_text() == printed
        assert stat.S_IMODE(env_file.stat().st_mode) == 0o600
        sourced = bash(f". ./fake.env && {run_python()}", tmp_path, shell_env)
        assert (sourced.returncode, sourced.stdout) == (0, f"{organization_id(printed)}\n"), sourced.stderr
    assert list(tmp_path.glob("fake.env*")) == [], "neither the file nor a partial one is left behind"


def test_an_env_file_in_a_missing_folder_stops_before_serving(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "astra_devops.testing", "serve", "--env-file", "nowhere/fake.env"]
    refused = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert refused.returncode == 2
    assert "--env-file nowhere/fake.env: no such folder nowhere" in refused.stderr
    assert refused.stdout == ""


def test_the_testing_guides_one_script_form_runs(tmp_path: Path, shell_env: dict[str, str]) -> None:
    """The guide's script, run from a folder like a clone's root, with this test's interpreter for
    `python`."""
    guide = (ROOT / "docs" / "testing.md").read_text()
    (script,) = [block for block in guide.split("```bash\n")[1:] if "--env-file fake.env &" in block]
    script = script.split("```", 1)[0].replace("python ", f"{shlex.quote(sys.executable)} ")
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    ran = subprocess.run(
        ["bash", "-c", script],
        cwd=tmp_path,
        env=shell_env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert ran.stdout.rstrip().endswith("terminated")
    assert list(tmp_path.glob("fake.env*")) == []


@pytest.mark.parametrize(
    ("value", "complaint"),
    [
        ("keyspace=2", "no such kind 'keyspace'"),
        ("database", "polls must be a whole number from 1 to 10000, got ''"),
        ("database=two", "got 'two'"),
        ("database=\u00b2", "got '\u00b2'"),
        ("database=0", "got 0"),
        ("clone=10001", "got 10001"),
    ],
)
def test_a_bad_hide_next_stops_before_serving(tmp_path: Path, value: str, complaint: str) -> None:
    command = [sys.executable, "-m", "astra_devops.testing", "serve", "--hide-next", value]
    refused = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert refused.returncode == 2 and refused.stdout == ""
    assert f"--hide-next {value}: " in refused.stderr and complaint in refused.stderr


def test_hide_next_keeps_the_next_database_out_of_sight_for_its_first_reads(
    tmp_path: Path, shell_env: dict[str, str]
) -> None:
    with served(tmp_path, shell_env, "--hide-next", "database=2") as printed:
        values = exported(printed)
        headers = {"Authorization": f"Bearer {values['ASTRA_DB_APPLICATION_TOKEN']}"}
        body = {
            "name": "db",
            "cloudProvider": "AWS",
            "region": "us-east-1",
            "tier": "serverless",
            "capacityUnits": 1,
        }
        with httpx.Client(base_url=values["ASTRA_DEVOPS_BASE_URL"], headers=headers, timeout=5) as http:
            location = http.post("/v2/databases", json=body).headers["Location"]
            reads = [http.get(f"/v2/databases/{location}").status_code for _ in range(3)]
            second = http.post("/v2/databases", json={**body, "name": "db2"}).headers["Location"]
            assert http.get(f"/v2/databases/{second}").status_code == 200
    assert reads == [404, 404, 200]
