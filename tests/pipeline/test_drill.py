"""The vendor-change drill: `update-spec` run in a temporary copy of the tree, as CI runs it.

1. The older vendor copy: the run fails, lists every overlay problem at once, changes nothing.
2. A synthetic vendor change made from the current contract: the run regenerates, the report
   classifies each change, and the new operation is named as still needing a resource method.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from apply_overlay import OverlayError, apply  # noqa: E402
from operation_coverage import missing  # noqa: E402
from update_spec import convert  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "reference"
OLDER = REFERENCE / "astra-devops-api.astra-client-go.yaml"
PUBLISHED = REFERENCE / "astra-devops-openapi-2.3.0.published.json"
COPIED = [
    "Makefile",
    "redocly.yaml",
    ".spectral.yaml",
    "generator-config.yaml",
    "generator-templates",
    "openapi",
    "overlay",
    "tools",
    "generated",
    "src",
    "docs",
    "CHANGELOG.md",
]
INSTALL_INPUTS = ["pyproject.toml", "package.json", "package-lock.json"]
LINKED = [".venv", "node_modules"]
METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """The files update-spec reads and writes; the installed tools are linked, not copied."""
    stamps = [ROOT / ".venv" / ".installed", ROOT / "node_modules" / ".installed"]
    if not all(stamp.exists() for stamp in stamps):
        pytest.skip("make install has not been run")
    copy_root = tmp_path / "tree"
    copy_root.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy_root / name, ignore=shutil.ignore_patterns("__pycache__", ".*.new"))
        elif source.exists():
            shutil.copy2(source, copy_root / name)
    installed = min(stamp.stat().st_mtime for stamp in stamps)
    for name in INSTALL_INPUTS:
        shutil.copy2(ROOT / name, copy_root / name)
        os.utime(copy_root / name, (installed - 1, installed - 1))
    for name in LINKED:
        (copy_root / name).symlink_to(ROOT / name)
    return copy_root


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and not path.is_symlink()
        and "__pycache__" not in path.parts
        and not any(part in LINKED for part in path.relative_to(root).parts)
    }


def update_spec(root: Path, spec: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(root / ".venv" / "bin" / "python"), "tools/update_spec.py", str(spec)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def expected_problems(
    document: dict[str, Any], overlay: dict[str, Any]
) -> tuple[set[tuple[int, str]], list[str]]:
    """(action number, target) of every action the strict apply refuses, applying them in order
    and going on past each refusal, or that adds an operation the document already has (paths
    compared with parameter names normalised); and those operations, as `METHOD /path`."""
    existing = {
        (method, shape(path))
        for path, item in document["paths"].items()
        for method in METHODS
        if method in item
    }
    patched = copy.deepcopy(document)
    problems, duplicated = set(), []
    for index, action in enumerate(overlay["actions"], start=1):
        try:
            apply(patched, {"overlay": overlay["overlay"], "actions": [action]})
        except OverlayError:
            problems.add((index, action["target"]))
        if action["target"] == "$.paths" and isinstance(action.get("update"), dict):
            for path, item in action["update"].items():
                for method in set(item) & set(METHODS):
                    if (method, shape(path)) in existing:
                        problems.add((index, action["target"]))
                        duplicated.append(f"{method.upper()} {path}")
    return problems, duplicated


@pytest.mark.skipif(not OLDER.exists(), reason="the older vendor copy is not in ../shared/reference")
def test_older_document_lists_every_overlay_problem_in_one_run_and_changes_nothing(tree: Path) -> None:
    before = snapshot(tree)
    overlay = yaml.safe_load((tree / "overlay" / "astra-devops.overlay.yaml").read_text())
    expected, duplicated = expected_problems(
        yaml.safe_load(convert(yaml.safe_load(OLDER.read_text()))), overlay
    )

    result = update_spec(tree, OLDER)

    assert result.returncode == 1, result.stdout + result.stderr
    listed = set(re.findall(r"^action #(\d+) .*\n    target: (.+)$", result.stderr, re.MULTILINE))
    assert {(int(number), target) for number, target in listed} == expected
    assert "nothing was changed" in result.stderr
    for operation in duplicated:
        assert f"adds {operation}, which the vendor document now has as" in result.stderr
    assert snapshot(tree) == before


@pytest.mark.skipif(
    not PUBLISHED.exists(), reason="the published vendor document is not in ../shared/reference"
)
def test_the_published_document_is_a_no_op(tree: Path) -> None:
    before = snapshot(tree)
    result = update_spec(tree, PUBLISHED)
    assert result.returncode == 0, result.stderr
    assert "no API change" in result.stdout
    assert snapshot(tree) == before


def test_a_document_that_fails_validation_changes_nothing(tree: Path) -> None:
    before = snapshot(tree)
    contract = yaml.safe_load((tree / "openapi" / "astra-devops-api.yaml").read_text())
    terminate = contract["paths"]["/v2/databases/{databaseID}/terminate"]["post"]
    terminate["responses"]["202"] = {"$ref": "#/components/responses/NoSuchResponse"}
    spec = tree.parent / "broken.json"
    spec.write_text(json.dumps(contract))

    result = update_spec(tree, spec)

    assert result.returncode == 1
    assert "validation or generation failed, nothing was changed" in result.stderr
    assert "NoSuchResponse" in result.stderr
    assert snapshot(tree) == before


def synthetic_vendor_change(contract: dict[str, Any], overlay_text: str) -> dict[str, Any]:
    """One operation added, one response property removed, one enum value added, one
    parameter made required, on properties the overlay does not touch."""
    document = copy.deepcopy(contract)
    document["info"]["version"] = "2.3.0-drill"
    terminate = document["paths"]["/v2/databases/{databaseID}/terminate"]["post"]
    added = {
        **copy.deepcopy(terminate),
        "operationId": "hibernateDatabase",
        "parameters": terminate["parameters"][:1],
    }
    document["paths"]["/v2/databases/{databaseID}/hibernate"] = {"post": added}
    datacenter = document["components"]["schemas"]["Datacenter"]
    removed = next(name for name in datacenter["properties"] if name not in overlay_text)
    del datacenter["properties"][removed]
    list_parameters = {
        parameter["name"]: parameter for parameter in document["paths"]["/v2/databases"]["get"]["parameters"]
    }
    list_parameters["provider"]["schema"]["enum"].append("IBM")
    list_parameters["limit"]["required"] = True
    document["x-drill-removed"] = removed
    return document


def test_a_vendor_change_regenerates_and_is_reported(tree: Path) -> None:
    contract = yaml.safe_load((tree / "openapi" / "astra-devops-api.yaml").read_text())
    # Every overlay `make generate` applies: the descriptions overlay's examples name properties too.
    overlays = "".join(path.read_text() for path in sorted((tree / "overlay").glob("*.overlay.yaml")))
    changed = synthetic_vendor_change(contract, overlays)
    removed = changed.pop("x-drill-removed")
    spec = tree.parent / "vendor.json"
    spec.write_text(json.dumps(changed))

    result = update_spec(tree, spec)

    assert result.returncode == 0, result.stdout + result.stderr
    package = result.stdout.split("Package API (generated/openapi.json):", 1)[1].split("Vendor contract", 1)[
        0
    ]
    reported = {tuple(line.split(None, 1)) for line in package.strip().splitlines()[1:]}
    assert reported == {
        ("ok", "POST /v2/databases/{databaseID}/hibernate (hibernateDatabase): operation added"),
        ("BREAKING", f"model `Datacenter`: Datacenter: property `{removed}` removed"),
        ("ok", "GET /v2/databases (listDatabases): query parameter `provider` enum value added: `IBM`"),
        ("BREAKING", "GET /v2/databases (listDatabases): query parameter `limit` became required"),
    }
    assert (
        tree / "generated" / "astra_devops_api" / "api" / "database_operations" / "hibernate_database.py"
    ).exists()
    assert "2.3.0-drill" in (tree / "src" / "astra_devops" / "_api_version.py").read_text()
    assert "### API: vendor document 2.3.0-drill" in (tree / "CHANGELOG.md").read_text()
    markdown = (tree / "build" / "api-change-report.md").read_text()
    assert f"| **breaking** | model `Datacenter` | Datacenter: property `{removed}` removed |" in markdown

    gaps = missing(tree)
    assert len(gaps) == 1
    assert gaps[0].startswith("astra_devops_api.api.database_operations.hibernate_database (POST ")
    assert "src/astra_devops/resources/databases.py" in gaps[0]
    assert gaps[0] in result.stdout
