"""The Makefile's promises to a new contributor: `make help` lists every target, `make demo` needs
only Python and installs the package alone, `make test` adds the dev tools to that .venv, and a .venv
made by a wrong or broken interpreter is rebuilt."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, outside_env
from .test_installed_wheel import interpreter

STAMP = ".venv/.installed"
DEMO_STAMP = ".venv/.installed-demo"


def make(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=folder,
        env=outside_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with the Makefile and a pyproject.toml, and no .venv or node_modules yet."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").touch()
    return tmp_path


def venv(folder: Path, python: Path | str, stamps: tuple[str, ...] = (STAMP,)) -> None:
    subprocess.run(
        [str(python), "-m", "venv", "--without-pip", str(folder / ".venv")], check=True, timeout=60
    )
    for stamp in stamps:
        (folder / stamp).touch()


def test_help_lists_every_target() -> None:
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, re.MULTILINE))
    shown = set(re.findall(r"^make ([a-z][a-z-]*)", make(ROOT, "help"), re.MULTILINE))
    assert {"clean", "demo", "test", "docs", "release-check"} <= targets
    assert targets - {"help"} == shown


def test_demo_installs_the_package_alone_and_says_so(project: Path) -> None:
    planned = make(project, "-n", "demo")
    assert "pip install --quiet -e .\n" in planned
    assert "[dev]" not in planned
    assert "make test adds the dev tools" in planned
    assert "tools/demo.py" in planned
    assert "npm" not in planned


def test_test_adds_the_dev_tools_to_a_venv_made_by_demo(project: Path) -> None:
    venv(project, sys.executable, stamps=(DEMO_STAMP,))
    assert "pip install" not in make(project, "-n", "demo")
    planned = make(project, "-n", STAMP)
    assert "pip install --quiet -e '.[dev]'" in planned
    assert f"touch {STAMP} {DEMO_STAMP}" in planned


def test_demo_installs_nothing_after_test(project: Path) -> None:
    venv(project, sys.executable, stamps=(STAMP, DEMO_STAMP))
    planned = make(project, "-n", "demo")
    assert "pip install" not in planned
    assert "tools/demo.py" in planned


def test_a_current_venv_is_kept(project: Path) -> None:
    venv(project, sys.executable)
    assert "is up to date" in make(project, "-n", STAMP)


def test_a_broken_venv_is_rebuilt(project: Path) -> None:
    (project / ".venv" / "bin").mkdir(parents=True)
    (project / ".venv" / "bin" / "python").symlink_to(project / "no-such-python")
    (project / STAMP).touch()
    assert "pip install" in make(project, "-n", STAMP)


def test_a_venv_older_than_3_11_is_rebuilt(project: Path) -> None:
    old = interpreter("3.10")
    if old is None:
        pytest.skip("no Python 3.10 on this machine to make an old .venv with")
    venv(project, old)
    assert "pip install" in make(project, "-n", STAMP)


def test_docs_builds_the_site_only_and_test_installs_the_browser(project: Path) -> None:
    """`make docs` installs nothing (issue 31); the browser its test needs comes with `make test`,
    before pytest runs."""
    venv(project, sys.executable)
    docs = make(project, "-n", "docs")
    assert "mkdocs build --strict" in docs
    assert "install_browser" not in docs and "apt-get" not in docs
    recipe = re.search(r"^test:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert recipe is not None
    steps = recipe[1].split("\n")
    assert steps.index("\ttools/docs/install_browser.sh") < steps.index("\t$(BIN)/python -m pytest -q")


def test_the_docs_say_how_to_get_build_where_they_use_it() -> None:
    """`python -m build` fails on a system Python without the `build` package: each page that tells
    a reader to run it says to install it."""
    for page in ("README.md", "CONTRIBUTING.md", "docs/index.md"):
        text = (ROOT / page).read_text()
        assert "python -m build" in text and "pip install build" in text, page


def test_git_ignores_the_env_file_serve_writes_in_a_clone() -> None:
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "fake.env"], cwd=ROOT, capture_output=True, timeout=30, check=False
    )
    assert ignored.returncode == 0
