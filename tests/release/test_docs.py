"""The documentation site's code is real, and the sdist holds all that its build needs."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from astra_devops import AstraDevOps

from .conftest import ROOT, Dist, outside_env

PAGES = sorted((ROOT / "docs").rglob("*.md"))


def python_blocks(page: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", page.read_text(), re.DOTALL)


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_every_python_block_compiles(page: Path) -> None:
    for number, block in enumerate(python_blocks(page)):
        compile(block, f"{page.name} python block {number}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def test_the_testing_guide_example_passes(pytester: pytest.Pytester) -> None:
    (example,) = [
        block
        for block in python_blocks(ROOT / "docs" / "testing.md")
        if "def test_creates_a_database" in block
    ]
    pytester.makepyfile(test_docs_example=example)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_the_site_builds_strictly_from_the_sdist(dist: Dist, tmp_path: Path) -> None:
    with tarfile.open(dist.sdist) as archive:
        archive.extractall(tmp_path, filter="data")
    (unpacked,) = tmp_path.iterdir()
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=unpacked,
        env={**outside_env(), "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    assert (tmp_path / "site" / "reference" / "clients" / "index.html").is_file()


def test_the_resource_reference_has_a_page_per_resource_group() -> None:
    pages = sorted((ROOT / "docs/reference/resources").glob("*.md"))
    documented = [page.stem for page in pages if page.read_text().startswith(f"# `client.{page.stem}`\n")]
    index = (ROOT / "docs/reference/resources.md").read_text()
    assert sorted(re.findall(r"\]\(resources/(\w+)\.md\)", index)) == sorted(documented)
    with AstraDevOps(token="AstraCS:docs-check", base_url="http://127.0.0.1:9") as client:
        groups = [
            name
            for name in dir(client)
            if not name.startswith("_")
            and type(getattr(client, name)).__module__.startswith("astra_devops.resources.")
        ]
    assert sorted(documented) == sorted(groups)


def test_the_quirks_page_cites_answers_a_reader_can_find() -> None:
    """Issue 31: "seed 003" alone names nothing a reader has. Each citation of the vendor's pages gives
    its line, and a cited line is an entry of evidence/seed-answers.json, but for the two lines of
    prose the page quotes (the quickstart's and the guide's words that park and resize are
    classic-only)."""
    text = (ROOT / "docs" / "quirks.md").read_text()
    assert re.findall(r"\bseeds? \d{3}\b(?! lines? \d)", text) == []
    answers = json.loads((ROOT / "evidence" / "seed-answers.json").read_text())["answers"]
    found = {(answer["seed"], answer["line"]) for answer in answers}
    cited = {
        (seed, int(line))
        for seed, lines in re.findall(r"seed (\d{3}) lines? (\d+(?:(?:, | and )\d+)*)", text)
        for line in re.findall(r"\d+", lines)
    }
    assert len(cited) > 40
    assert cited - found == {("000", 70), ("003", 25)}
