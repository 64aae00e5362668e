"""The sdist and wheel hold what a user and a packager need, nothing else, and pass `twine check`."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from pathlib import PurePosixPath

from astra_devops import __version__

from .conftest import ROOT, Dist

# Top-level entries of the sdist: the packages' sources, what regenerates them, the pages the
# README links to, and the files every release carries. No tests, tools, Makefile or npm files.
SDIST_TOP = {
    "src",
    "generated",
    "openapi",
    "overlay",
    "docs",
    "examples",
    "mkdocs.yml",
    "README.md",
    "CONTRIBUTING.md",
    "CHANGELOG.md",
    "LICENSE",
    "pyproject.toml",
    "PKG-INFO",
    ".gitignore",
}
WHEEL_TOP = {"astra_devops", "astra_devops_api", f"astra_devops-{__version__}.dist-info"}
LINK = re.compile(r"\]\(([^)\s]+)\)")


def sdist_names(dist: Dist) -> list[str]:
    with tarfile.open(dist.sdist) as archive:
        return [
            PurePosixPath(member.name).relative_to(f"astra_devops-{__version__}").as_posix()
            for member in archive.getmembers()
            if member.isfile()
        ]


def wheel_names(dist: Dist) -> list[str]:
    with zipfile.ZipFile(dist.wheel) as archive:
        return archive.namelist()


def wheel_metadata(dist: Dist) -> dict[str, list[str]]:
    with zipfile.ZipFile(dist.wheel) as archive:
        text = archive.read(f"astra_devops-{__version__}.dist-info/METADATA").decode()
    message = Parser().parsestr(text)
    return {key: message.get_all(key) or [] for key in set(message.keys())}


def test_twine_check_passes(dist: Dist) -> None:
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(dist.sdist), str(dist.wheel)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2


def test_the_version_has_one_source(dist: Dist) -> None:
    assert dist.wheel.name == f"astra_devops-{__version__}-py3-none-any.whl"
    assert dist.sdist.name == f"astra_devops-{__version__}.tar.gz"
    assert wheel_metadata(dist)["Version"] == [__version__]
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in config["project"]
    assert config["project"]["dynamic"] == ["version"]
    assert config["tool"]["hatch"]["version"]["path"] == "src/astra_devops/_version.py"


def test_the_wheel_holds_the_two_packages_and_their_metadata_only(dist: Dist) -> None:
    names = wheel_names(dist)
    assert {name.split("/")[0] for name in names} == WHEEL_TOP
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    info = f"astra_devops-{__version__}.dist-info"
    for needed in (
        "astra_devops/__init__.py",
        "astra_devops/py.typed",
        "astra_devops/_version.py",
        "astra_devops/testing/pytest_plugin.py",
        "astra_devops_api/__init__.py",
        f"{info}/licenses/LICENSE",
        f"{info}/entry_points.txt",
    ):
        assert needed in names


def test_the_wheel_registers_the_pytest_plugin(dist: Dist) -> None:
    with zipfile.ZipFile(dist.wheel) as archive:
        entry_points = archive.read(f"astra_devops-{__version__}.dist-info/entry_points.txt").decode()
    assert "[pytest11]\nastra_devops = astra_devops.testing.pytest_plugin" in entry_points


def test_the_metadata_describes_the_project(dist: Dist) -> None:
    metadata = wheel_metadata(dist)
    assert metadata["License-Expression"] == ["Apache-2.0"]
    assert metadata["License-File"] == ["LICENSE"]
    assert metadata["Requires-Python"] == [">=3.11"]
    assert metadata["Keywords"]
    assert metadata["Project-URL"]
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in metadata["Classifier"]
    assert "Typing :: Typed" in metadata["Classifier"]
    assert metadata["Description-Content-Type"] == ["text/markdown"]


def test_the_sdist_holds_sources_contract_docs_and_release_files_only(dist: Dist) -> None:
    names = sdist_names(dist)
    assert {name.split("/")[0] for name in names} <= SDIST_TOP
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    for needed in (
        "LICENSE",
        "README.md",
        "CHANGELOG.md",
        "pyproject.toml",
        "src/astra_devops/_version.py",
        "generated/openapi.json",
        "openapi/astra-devops-api.yaml",
        "overlay/astra-devops.overlay.yaml",
        "examples/quickstart.py",
    ):
        assert needed in names


def test_every_relative_link_of_the_readme_ships_in_the_sdist(dist: Dist) -> None:
    """The README is the package's long description: a relative link must resolve in the sdist."""
    targets = {link.split("#")[0] for link in LINK.findall((ROOT / "README.md").read_text())}
    relative = {target for target in targets if target and not re.match(r"^[a-z]+:", target)}
    assert relative, "the README links to the docs pages it ships"
    assert relative <= set(sdist_names(dist))
