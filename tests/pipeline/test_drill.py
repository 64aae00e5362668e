"""The vendor-change drill: `update-spec` run in a temporary copy of the tree, as CI runs it.

The vendor documents are built from openapi/ by tests/pipeline/vendor.py (no outside file).
1. An older vendor release: the run fails, lists every overlay problem at once, changes nothing.
2. The published document (the contract with the vendor's kinds of prose): a no-op.
3. A sloppy release: the run fails, reports each change and each problem with its location and
   a fix that works, changes nothing.
4. A synthetic vendor change made from the current contract: the run regenerates, the report
   classifies each change, and the new operation is named as still needing a resource method.
5. An operation removed, one renamed and a new required field on createDatabase: refused, each
   problem at its place in src/ (checked in a scratch tree), changes nothing.
6. A document defect the vendor fixed (getOrganizationRole published as one Role): the report
   says so, offers the actions' removal and lists what depends on them.
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
from update_spec import convert, fingerprint, record_text  # noqa: E402

from tests.pipeline import vendor  # noqa: E402

OVERLAY = Path("overlay") / "astra-devops.overlay.yaml"
RECORD = Path("src") / "astra_devops" / "_api_version.py"
OPERATIONS = Path("src") / "astra_devops" / "_operations.py"
TERMINATE = "/v2/databases/{databaseID}/terminate"
RESIZE = "/v2/databases/{databaseID}/resize"
IGNORED = {"build"}  # git-ignored output: where the report is written, changed or not
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
    "tests",
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
        and not any(part in [*LINKED, *IGNORED] for part in path.relative_to(root).parts)
    }


def write_spec(root: Path, document: dict[str, Any], name: str = "vendor.json") -> Path:
    spec = root.parent / name
    spec.write_text(json.dumps(document))
    return spec


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
    document: dict[str, Any], overlays: list[dict[str, Any]]
) -> tuple[set[tuple[int, str]], list[str]]:
    """(action number, target) of every action the strict apply refuses, applying the overlays'
    actions in order and going on past each refusal, or that adds an operation the document
    already has (paths compared with parameter names normalised); and those operations, as
    `METHOD /path`."""
    existing = {
        (method, shape(path))
        for path, item in document["paths"].items()
        for method in METHODS
        if method in item
    }
    patched = copy.deepcopy(document)
    problems, duplicated = set(), []
    for overlay in overlays:
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


def test_older_document_lists_every_overlay_problem_in_one_run_and_changes_nothing(tree: Path) -> None:
    before = snapshot(tree)
    older = vendor.older(tree)
    overlays = [
        yaml.safe_load(path.read_text()) for path in sorted((tree / "overlay").glob("*.overlay.yaml"))
    ]
    expected, duplicated = expected_problems(yaml.safe_load(convert(older)), overlays)

    result = update_spec(tree, write_spec(tree, older))

    assert result.returncode == 1, result.stdout + result.stderr
    listed = set(re.findall(r"^action #(\d+) .*\n    target: (.+)$", result.stdout, re.MULTILINE))
    assert {(int(number), target) for number, target in listed} == expected
    assert "nothing was changed" in result.stderr
    for operation in duplicated:
        assert f"adds {operation}, which the vendor document now has as" in result.stdout
    assert "deepest match: #/components/schemas/CostBreakdown/properties\n" in result.stdout
    assert (
        "GET /v2/organizations/{orgId}/devops-acl (getDevOpsAccessList): operation removed" in result.stdout
    )
    assert snapshot(tree) == before


def test_the_published_document_is_a_no_op(tree: Path) -> None:
    published = vendor.published(tree)
    version = published["info"]["version"]
    (tree / RECORD).write_text(record_text(version, fingerprint(published)))
    before = snapshot(tree)

    result = update_spec(tree, write_spec(tree, published))

    assert result.returncode == 0, result.stdout + result.stderr
    assert f"no API change: {tree.parent / 'vendor.json'} is vendor document {version}" in result.stdout
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
    assert "3 problem(s), nothing was changed" in result.stderr
    assert "the validator stopped: PointerToNowhere: /components/responses/NoSuchResponse" in result.stdout
    pointer = "#/paths/~1v2~1databases~1{databaseID}~1terminate/post/responses/202"
    assert f"no-unresolved-refs at {pointer} (vendor document)" in result.stdout
    assert f"invalid-ref at {pointer}/$ref (vendor document)" in result.stdout  # spectral's finding
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
    get_database = document["paths"]["/v2/databases/{databaseID}"]["get"]
    get_database.setdefault("parameters", []).append(
        {"in": "query", "name": "includeStorage", "required": False, "schema": {"type": "boolean"}}
    )
    document["x-drill-removed"] = removed
    return document


def test_a_vendor_change_regenerates_and_is_reported(tree: Path) -> None:
    # Every overlay `make generate` applies: the descriptions overlay's examples name properties too.
    overlays = "".join(path.read_text() for path in sorted((tree / "overlay").glob("*.overlay.yaml")))
    changed = synthetic_vendor_change(vendor.published(tree), overlays)
    removed = changed.pop("x-drill-removed")
    spec = write_spec(tree, changed)

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
        (
            "ok",
            "GET /v2/databases/{databaseID} (getDatabase): optional query parameter `includeStorage` added",
        ),
    }
    assert (
        tree / "generated" / "astra_devops_api" / "api" / "database_operations" / "hibernate_database.py"
    ).exists()
    assert (tree / RECORD).read_text() == record_text("2.3.0-drill", fingerprint(changed))
    assert "### API: vendor document 2.3.0-drill" in (tree / "CHANGELOG.md").read_text()
    # A parameter without a hand-kept description gets a plain one (it used to stop the tool
    # with a KeyError after openapi/ and generated/ were written).
    assert "include_storage: The `include_storage` parameter" in (tree / OPERATIONS).read_text()
    markdown = (tree / "build" / "api-change-report.md").read_text()
    assert f"| **breaking** | model `Datacenter` | Datacenter: property `{removed}` removed |" in markdown

    gaps = missing(tree)
    assert len(gaps) == 1
    assert gaps[0].startswith("astra_devops_api.api.database_operations.hibernate_database (POST ")
    assert "src/astra_devops/_async/databases.py" in gaps[0]
    assert gaps[0] in result.stdout


def action_number(overlay_text: str, target: str) -> int:
    targets = [action["target"] for action in yaml.safe_load(overlay_text)["actions"]]
    return targets.index(target) + 1


def test_a_sloppy_document_reports_each_change_and_each_located_problem_with_a_fix(tree: Path) -> None:
    before = snapshot(tree)
    sloppy = vendor.sloppy(tree)
    schema, old, new = vendor.RENAMED
    stale = f"$.components.schemas.{schema}.properties.{old}"
    model, undefined = vendor.UNDEFINED
    required_at = sloppy["components"]["schemas"][model]["required"].index(undefined)
    probe = "#/paths/" + vendor.HIDDEN_PROBE.replace("/", "~1") + "/get"

    result = update_spec(tree, write_spec(tree, sloppy))

    assert result.returncode == 1, result.stdout + result.stderr
    changes, problems = result.stdout.split("6 problem(s), nothing was changed:\n", 1)
    contract = changes.split("Vendor contract (openapi/astra-devops-api.yaml): ", 1)[1]
    assert {tuple(line.split(None, 1)) for line in contract.strip().splitlines()[1:]} == {
        ("ok", f"GET {vendor.HIDDEN_PROBE} (getHiddenProbe): operation added"),
        ("BREAKING", f"model `{model}`: {model}: property `{undefined}` removed"),
        ("BREAKING", f"model `{schema}`: {schema}: property `{old}` removed"),
        ("ok", f"model `{schema}`: {schema}: optional property `{new}` added"),
    }
    number = action_number((tree / OVERLAY).read_text(), stale)
    assert f"action #{number} (" in problems
    assert (
        f"    target: {stale}\n    deepest match: #/components/schemas/{schema}/properties\n"
        f"    target matches nothing: no `{old}` there; renamed? it has `{new}`\n"
        f"    the vendor fixed this quirk: the document now has `{new}`, as this action said; "
        "remove the action and what depends on it\n"
    ) in problems
    dependants = set(re.findall(r"^      depends on it: ([^:]+):", problems, re.M))
    assert {
        "generator-templates/model.py.jinja",
        "src/astra_devops/_quirks.py",
        "src/astra_devops/testing/routes/databases.py",
        "docs/quirks.md",
        "overlay/descriptions.overlay.yaml",
    } <= dependants
    vendor_defects, overlay_bugs = problems.split("(candidate new overlay actions):", 1)[1].split(
        "(bugs in the overlay):", 1
    )
    located = re.findall(r"^(\S+) at (\S+) \((vendor document|patched contract)\)$", vendor_defects, re.M)
    assert sorted(located) == [
        (
            "no-required-schema-properties-undefined",
            f"#/components/schemas/{model}/required/{required_at}",
            "vendor document",
        ),
        ("operation-4xx-response", f"{probe}/responses", "vendor document"),
        ("operation-tags", probe, "vendor document"),
    ]
    # Our own examples (the descriptions overlay) still show the property the vendor dropped.
    stale_examples = re.findall(
        r"^(\S+) at (\S+) \(patched contract\)\n.*\n    touched by (\S+)", overlay_bugs, re.M
    )
    assert {(rule, where.rsplit("/", 1)[1], by) for rule, where, by in stale_examples} == {
        ("no-invalid-media-type-examples", undefined, "overlay/descriptions.overlay.yaml")
    }
    assert len(stale_examples) == 2
    assert "nothing was changed" in result.stderr
    assert snapshot(tree) == before

    report = (tree / "build" / "api-change-report.md").read_text()
    assert f"| **breaking** | model `{model}` | {model}: property `{undefined}` removed |" in report
    snippets = re.findall(r"^  ```yaml\n(.*?)^  ```$", report, re.S | re.M)
    assert len(snippets) == 3
    fixed = (tree / OVERLAY).read_text().replace(f"target: {stale}\n", f"target: {stale[: -len(old)]}{new}\n")
    pasted = "".join(line.removeprefix("  ") + "\n" for snippet in snippets for line in snippet.splitlines())
    (tree / OVERLAY).write_text(fixed + pasted)
    examples = tree / "overlay" / "descriptions.overlay.yaml"
    kept = [line for line in examples.read_text().splitlines(keepends=True) if f" {undefined}: " not in line]
    examples.write_text("".join(kept))

    before_retry = snapshot(tree)
    retried = update_spec(tree, write_spec(tree, sloppy))

    # The overlay and vendor problems are gone; what is left is the hand-written layer, which
    # still reads the old wire name through the model (checked in the scratch tree, not in the tree).
    assert retried.returncode == 1, retried.stdout + retried.stderr
    left = retried.stdout.split("problem(s), nothing was changed:\n", 1)[1]
    assert "The hand-written layer does not work with the new package" in left
    assert "(candidate new overlay actions)" not in left
    assert "Overlay actions that no longer apply" not in left
    assert re.search(r'^src/astra_devops/_requests/databases.py:\d+ .*"datcenter_id".*\(mypy\)$', left, re.M)
    assert snapshot(tree) == before_retry


def line_of(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_a_removed_and_a_renamed_operation_and_a_new_required_field_are_found_in_the_hand_written_layer(
    tree: Path,
) -> None:
    # Each used to end with exit 0 and "every generated operation has a resource method" while
    # `mypy src` failed.
    document = vendor.published(tree)
    document["info"]["version"] = "2.3.0-removed"
    del document["paths"][TERMINATE]
    document["paths"][RESIZE]["post"]["operationId"] = "resizeDatabaseCapacity"
    create = document["components"]["schemas"]["DatabaseInfoCreate"]
    create["properties"]["billingGroup"] = {"type": "string", "description": vendor.prose("billing group")}
    create["required"].append("billingGroup")
    for overlay in (tree / "overlay").glob("*.overlay.yaml"):  # as a maintainer would, after the first report
        text = overlay.read_text()
        actions = yaml.safe_load(text)["actions"]
        kept = [action for action in actions if TERMINATE not in action["target"]]
        overlay.write_text(yaml.safe_dump({**yaml.safe_load(text), "actions": kept}, sort_keys=False))
    before = snapshot(tree)
    databases = tree / "src" / "astra_devops" / "_async" / "databases.py"
    terminate_at = line_of(databases, "ops.terminate_database(")
    requests = tree / "src" / "astra_devops" / "_requests" / "databases.py"
    resize_at = line_of(requests, "ops.resize_database")
    built_at = line_of(requests, "return DatabaseInfoCreate(")

    result = update_spec(tree, write_spec(tree, document))

    assert result.returncode == 1, result.stdout + result.stderr
    assert "nothing was changed" in result.stderr
    assert (
        f"src/astra_devops/_async/databases.py:{terminate_at} databases.terminate calls "
        "ops.terminate_database, removed by this document\n"
    ) in result.stdout
    renamed = re.search(
        rf"^src/astra_devops/_requests/databases.py:{resize_at} databases\.(\w+) calls ops.resize_database, "
        rf"renamed ops.resize_database_capacity by this document \(POST {re.escape(RESIZE)}\); "
        r"to keep the old operationId, add:\n((?:  .*\n)+)",
        result.stdout,
        re.M,
    )
    assert renamed, result.stdout
    assert re.search(
        rf'^src/astra_devops/_requests/databases.py:{built_at} .*"billing_group".*\(mypy\)$',
        result.stdout,
        re.M,
    ), result.stdout
    assert re.search(
        r"^ *BREAKING +model `DatabaseInfoCreate`: DatabaseInfoCreate: "
        r"required property `billingGroup` added$",
        result.stdout,
        re.M,
    ), result.stdout
    assert snapshot(tree) == before
    report = (tree / "build" / "api-change-report.md").read_text()
    assert "The hand-written layer does not work with the new package" in report

    # The offered action keeps the old operationId.
    action = yaml.safe_load("".join(line.removeprefix("  ") + "\n" for line in renamed.group(2).splitlines()))
    kept = apply(yaml.safe_load(convert(document)), {"overlay": "1.0.0", "actions": action})
    assert kept["paths"][RESIZE]["post"]["operationId"] == "resizeDatabase"


ROLE = "/v2/organizations/roles/{roleID}"


def test_a_document_defect_the_vendor_fixed_is_recognised_with_what_depends_on_its_workaround(
    tree: Path,
) -> None:
    # The overlay turns getOrganizationRole's answer (published as a list) into one Role (seed 003)
    # in two actions: drop `items`, then `$ref: Role`. The vendor now publishes one Role.
    document = vendor.published(tree)
    document["info"]["version"] = "2.3.0-one-role"
    media = document["paths"][ROLE]["get"]["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"$ref": "#/components/schemas/Role"}
    overlay_text = (tree / OVERLAY).read_text()
    dropped = action_number(
        overlay_text, f"$.paths['{ROLE}'].get.responses['200'].content['application/json'].schema.items"
    )
    said = action_number(
        overlay_text, f"$.paths['{ROLE}'].get.responses['200'].content['application/json'].schema"
    )
    before = snapshot(tree)

    result = update_spec(tree, write_spec(tree, document))

    assert result.returncode == 1, result.stdout + result.stderr
    problem = result.stdout.split(f"action #{dropped} (", 1)[1].split("\naction #", 1)[0]
    assert "    target matches nothing: no `items` there\n" in problem
    assert (
        "    the vendor fixed this quirk: the document now says what "
        f"{OVERLAY.as_posix()} action #{said} said (`$ref: #/components/schemas/Role`); "
        "remove the action, that one and what depends on it\n"
    ) in problem
    dependants = set(re.findall(r"^      depends on it: ([^:]+):", problem, re.M))
    assert dependants == {
        "src/astra_devops/_requests/roles.py",
        "docs/quirks.md",
        "overlay/descriptions.overlay.yaml",
    }
    report = (tree / "build" / "api-change-report.md").read_text()
    assert f"the document now says what {OVERLAY.as_posix()} action #{said} said" in report
    assert snapshot(tree) == before
