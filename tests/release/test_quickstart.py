"""The quick start cleans up after itself: it runs twice in a row against one served fake."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, outside_env
from .served import inventory, served_fake

RUN_TIMEOUT = 120


def run_quickstart(url: str, token: str, cwd: Path) -> str:
    env = {**outside_env(), "ASTRA_DEVOPS_BASE_URL": url, "ASTRA_DB_APPLICATION_TOKEN": token}
    ran = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    return ran.stdout


def test_two_runs_against_one_fake_leave_it_as_they_found_it(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "astra_devops.testing", "serve", "--port", "0"]
    with served_fake(command, tmp_path) as (url, token):
        before = inventory(url, token)
        outputs = [run_quickstart(url, token, tmp_path) for _ in range(2)]
        assert inventory(url, token) == before
    suffixes = [re.findall(r"^role quickstart-reader-(\w+) ", output, re.MULTILINE) for output in outputs]
    assert len(suffixes[0]) == len(suffixes[1]) == 1
    assert suffixes[0] != suffixes[1], "each run names what it creates anew"
    assert all(output.rstrip().endswith("terminated") for output in outputs)
