"""The README stays true: its first screen holds a short example that runs, the two commands and the
links; its two-terminal flow against the served fake works as pasted; its Python blocks compile; and
the pages it sends users to keep what moved there."""

import os
import re
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from astra_devops.testing import FakeAstra

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
FIRST_SCREEN = "\n".join(README.splitlines()[:40])
SERVE_SECONDS = 30


def python_blocks(text: str = README) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, re.DOTALL)


def bash_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)```", README, re.DOTALL)


def section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_first_screen_has_a_short_example_both_commands_and_the_links() -> None:
    (example,) = python_blocks(FIRST_SCREEN)
    assert 5 <= len(example.splitlines()) <= 10
    (block,) = re.findall(r"\n\n```\n(.*?)\n```\n", FIRST_SCREEN, re.DOTALL)  # an opening fence, bare
    commands = [line.split("#", 1)[0].strip() for line in block.splitlines()]
    assert commands == ["make demo", "make test"]
    for page in ("docs/index.md", "docs/quickstart.md", "docs/testing.md", "CONTRIBUTING.md"):
        assert f"]({page})" in FIRST_SCREEN


def test_the_first_example_runs_against_the_fake(tmp_path: Path) -> None:
    fake = FakeAstra(advance_on_poll=False, step_seconds=0.2)
    env = {name: value for name, value in os.environ.items() if not name.startswith("ASTRA")}
    with fake.serve() as url:
        ran = subprocess.run(
            [sys.executable, "-c", python_blocks()[0]],
            cwd=tmp_path,
            env={**env, "ASTRA_DEVOPS_BASE_URL": url, "ASTRA_DB_APPLICATION_TOKEN": fake.token},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert ran.returncode == 0, ran.stderr[-3000:]
        assert [db.status for db in fake.databases.values()] == ["TERMINATED"]
    assert ran.stdout == "orders ACTIVE\n"


def test_the_two_terminal_flow_works_as_pasted(tmp_path: Path) -> None:
    """The README's blocks, run from a folder like a clone's root, with this test's interpreter
    for the clone's .venv/bin/python."""
    (first,) = [block for block in bash_blocks() if "serve --env-file fake.env" in block]
    (second,) = [block for block in bash_blocks() if block.startswith(". ./fake.env")]
    first, second = (
        block.replace(".venv/bin/python", shlex.quote(sys.executable)) for block in (first, second)
    )
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    env = {name: value for name, value in os.environ.items() if not name.startswith("ASTRA")}
    terminal = subprocess.Popen(
        ["bash", "-c", first], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + SERVE_SECONDS
        while not (tmp_path / "fake.env").exists():
            assert terminal.poll() is None and time.monotonic() < deadline, "the fake did not start serving"
            time.sleep(0.1)
        ran = subprocess.run(
            ["bash", "-c", second],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.killpg(terminal.pid, signal.SIGINT)
        terminal.wait(timeout=10)
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert ran.stdout.rstrip().endswith("terminated")
    assert not (tmp_path / "fake.env").exists(), "Ctrl-C removes the file"


def test_every_python_block_compiles() -> None:
    for number, block in enumerate(python_blocks()):
        compile(block, f"README python block {number}", "exec")


def test_the_guarantees_are_a_list_of_their_own() -> None:
    items = re.findall(r"^- \*\*(.+?)\*\*", section("Guarantees"), re.MULTILINE)
    assert {"Retried", "A timeout bounds", "Secrets"} <= set(items)


def test_maintainer_material_lives_in_the_docs() -> None:
    assert "<!-- bench:start -->" in (ROOT / "docs" / "performance.md").read_text()
    assert "<!-- bench:start -->" not in README
    assert "## When it refuses" in (ROOT / "docs" / "spec-updates.md").read_text()
    assert "## Tools, and why these" in (ROOT / "docs" / "design.md").read_text()
    assert '--8<-- "examples/quickstart.py"' in (ROOT / "docs" / "quickstart.md").read_text()


@pytest.mark.parametrize("tool", ["Node.js 22", "Java 17", "Go", "Chromium", "Python 3.11"])
def test_the_prerequisites_name_every_tool(tool: str) -> None:
    assert tool in section("Prerequisites")


def test_the_prerequisites_match_what_make_ports_installs() -> None:
    installer = (ROOT / "tools" / "ports" / "install.sh").read_text()
    packages = re.findall(r"missing\+=\(([^)]+)\)", installer)
    assert packages and all(f"`{package}`" in section("Prerequisites") for package in packages)
    workflow = (ROOT / ".github" / "workflows" / "ci.yml").read_text()
    (node,) = re.findall(r'node-version: "(\d+)"', workflow)
    assert f"Node.js {node} with npm" in section("Prerequisites")


def test_the_configuration_page_lists_every_variable_the_client_reads() -> None:
    read = set()
    for module in (ROOT / "src" / "astra_devops").glob("*.py"):
        read |= set(re.findall(r'"((?:ASTRA\w*|XDG_CONFIG_HOME))"', module.read_text()))
    page = (ROOT / "docs" / "configuration.md").read_text()
    rows = set(re.findall(r"^\| `([A-Z_]+)` \| the client \|", page, re.MULTILINE))
    assert read and read == rows
