"""The wheel as users install it: a fresh venv outside the tree, on each Python from 3.11 to 3.13.

There the quick start runs twice against `python -m astra_devops.testing serve` (and leaves the
fake as it found it), and a small user project's tests pass with the pytest plugin.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import ROOT, Dist, outside_env
from .served import inventory, served_fake

VERSIONS = ["3.11", "3.12", "3.13"]
PYTEST_PIN = "pytest==9.2.0"
INSTALL_TIMEOUT = 300
RUN_TIMEOUT = 120

USER_CODE = """\
from astra_devops import AstraDevOps


def terminate_databases_named(client: AstraDevOps, prefix: str) -> int:
    doomed = [db.id for db in client.databases.list() if db.info.name.startswith(prefix)]
    for database_id in doomed:
        client.databases.terminate(database_id, poll_interval=0)
    return len(doomed)
"""

USER_TESTS = """\
import httpx
import pytest

from astra_devops import AstraDevOps
from automation import terminate_databases_named


@pytest.fixture
def astra(fake_astra):
    http = httpx.Client(transport=fake_astra.transport())
    with http, AstraDevOps(
        token=fake_astra.token, base_url="https://api.astra.datastax.com", http_client=http
    ) as client:
        yield client


def test_terminates_only_the_temporary_databases(astra):
    keep = astra.databases.create(name="prod", cloud_provider="AWS", region="us-east-2", poll_interval=0)
    astra.databases.create(name="tmp-1", cloud_provider="AWS", region="us-east-2", poll_interval=0)
    assert terminate_databases_named(astra, "tmp-") == 1
    assert [db.id for db in astra.databases.list()] == [keep.id]


def test_survives_throttling(fake_astra, astra):
    fake_astra.fail("GET /v2/databases", [429, 503])
    assert terminate_databases_named(astra, "tmp-") == 0
"""

# Deep answers read in threads with small stacks, where plain `json.loads` crashes the interpreter
# (SIGSEGV; measured): nested 1,000 levels in a 128 KiB stack (musl's default for threads) on 3.11,
# 3.12 and 3.13, and 9,000 levels in a 256 KiB stack on 3.13.0, whose C decoder recurses up to a limit
# of 10,000 levels (3.11 and 3.12 raise RecursionError there). The reader's byte scan refuses them
# before json sees them, on every version.
DEEP_ANSWER_IN_A_SMALL_STACK = """\
import threading

import httpx

from astra_devops import AstraDevOps, errors

seen = []


def read(depth):
    body = b"[" * depth + b"]" * depth
    pool = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)))
    client = AstraDevOps(token="AstraCS:x", base_url="https://api.astra.datastax.com", http_client=pool)
    try:
        client.databases.get("db-1")
    except errors.APIResponseValidationError as exc:
        seen.append(str(exc))


for stack_kib, depth in ((128, 1_000), (256, 9_000)):
    threading.stack_size(stack_kib * 1024)
    thread = threading.Thread(target=read, args=(depth,))
    thread.start()
    thread.join()
print(seen)
"""


@dataclass(frozen=True)
class Installed:
    python: Path
    home: Path


def interpreter(version: str) -> Path | None:
    """The machine's Python `version`: pyenv's, else one on PATH; None if it has none."""
    pyenv = shutil.which("pyenv")
    if pyenv:
        found = subprocess.run([pyenv, "prefix", version], capture_output=True, text=True, check=False)
        prefix = (
            Path(found.stdout.strip().splitlines()[0]) if found.returncode == 0 and found.stdout else None
        )
        if prefix and (prefix / "bin" / "python3").exists():
            return prefix / "bin" / "python3"
    on_path = shutil.which(f"python{version}")
    return Path(on_path) if on_path else None


def run(args: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env={**outside_env(), **env},
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )


@pytest.fixture(scope="module", params=VERSIONS)
def installed(
    request: pytest.FixtureRequest, dist: Dist, tmp_path_factory: pytest.TempPathFactory
) -> Installed:
    base = interpreter(request.param)
    if base is None:
        pytest.skip(f"no Python {request.param} on this machine (pyenv or python{request.param} on PATH)")
    home = tmp_path_factory.mktemp(f"py{request.param}")
    venv = home / "venv"
    made = run([base, "-m", "venv", venv], home)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    pip = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", str(dist.wheel), PYTEST_PIN],
        cwd=home,
        env=outside_env(),
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
        check=False,
    )
    assert pip.returncode == 0, pip.stderr[-3000:]
    return Installed(python=python, home=home)


def test_the_package_is_imported_from_the_venv(installed: Installed) -> None:
    shown = run(
        [installed.python, "-c", "import sys, astra_devops; print(astra_devops.__file__, sys.version)"],
        installed.home,
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(str(installed.python.parents[1]))


def test_the_quick_start_runs_twice_against_the_served_fake(installed: Installed) -> None:
    script = installed.home / "quickstart.py"
    shutil.copy(ROOT / "examples" / "quickstart.py", script)
    with served_fake(
        [installed.python, "-m", "astra_devops.testing", "serve", "--port", "0"], installed.home
    ) as (url, token):
        before = inventory(url, token)
        for _ in range(2):
            ran = run(
                [installed.python, script],
                installed.home,
                ASTRA_DEVOPS_BASE_URL=url,
                ASTRA_DB_APPLICATION_TOKEN=token,
            )
            assert ran.returncode == 0, ran.stderr[-3000:]
            assert "secure connect bundle:" in ran.stdout
            assert ran.stdout.rstrip().endswith("terminated")
        assert inventory(url, token) == before


def test_a_user_project_passes_with_the_pytest_plugin(installed: Installed) -> None:
    project = installed.home / "user-project"
    project.mkdir()
    (project / "pyproject.toml").write_text('[tool.pytest.ini_options]\naddopts = "-p no:cacheprovider"\n')
    (project / "automation.py").write_text(USER_CODE)
    (project / "test_automation.py").write_text(USER_TESTS)
    tested = run([installed.python, "-m", "pytest", "-q"], project)
    assert tested.returncode == 0, tested.stdout[-3000:] + tested.stderr[-3000:]
    assert "2 passed" in tested.stdout


def test_a_deep_answer_in_a_small_stack_thread_is_an_error_not_a_crash(installed: Installed) -> None:
    """The nesting cap is checked on the bytes, before json decodes them (DEEP_ANSWER_IN_A_SMALL_STACK)."""
    script = installed.home / "deep_answer.py"
    script.write_text(DEEP_ANSWER_IN_A_SMALL_STACK)
    ran = run([installed.python, script], installed.home)
    assert ran.returncode == 0, (ran.returncode, ran.stderr[-3000:])
    assert ran.stdout.count("nested deeper than 64 levels") == 2, ran.stdout
