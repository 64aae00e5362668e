"""The spec -> overlay -> generated pipeline: complete, strict, reproducible."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from apply_overlay import OverlayError, apply  # noqa: E402
from overlay_check import load  # noqa: E402

from tests.pipeline import vendor  # noqa: E402

API = ROOT / "generated" / "astra_devops_api" / "api"
METHODS = {"get", "put", "post", "delete", "patch"}


def operations(document: dict) -> set[tuple[str, str]]:
    return {
        (method, re.sub(r"\{[^}]+\}", "{}", path))
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS and isinstance(operation, dict)
    }


def generated_operations(api: Path) -> list[tuple[str, str]]:
    """(method, path) of every generated endpoint module, read from its `_get_kwargs`."""
    found = []
    for module in sorted(api.glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        source = module.read_text()
        method = re.search(r'"method": "(\w+)"', source)
        url = re.search(r'"url": "([^"]+)"', source)
        assert method and url and "def sync_detailed" in source, module
        found.append((method.group(1), re.sub(r"\{[^}]+\}", "{}", url.group(1))))
    return found


def load_contract() -> dict:
    return yaml.safe_load((ROOT / "openapi" / "astra-devops-api.yaml").read_text())


def load_overlay() -> dict:
    return yaml.safe_load((ROOT / "overlay" / "astra-devops.overlay.yaml").read_text())


def test_every_operation_has_exactly_one_generated_module() -> None:
    contract = load_contract()
    patched = json.loads((ROOT / "generated" / "openapi.json").read_text())
    added = operations(patched) - operations(contract)
    removed_aliases = operations(contract) - operations(patched)
    generated = generated_operations(API)
    assert len(generated) == len(set(generated)), "two modules for one operation"
    assert set(generated) == operations(patched)
    assert len(generated) == len(operations(contract)) + len(added) - len(removed_aliases)
    assert {
        ("post", "/v2/databases/{}/park"),
        ("post", "/v2/databases/{}/unpark"),
        ("post", "/v2/databases/{}/suspend"),
        ("post", "/v2/databases/{}/restore"),
        ("get", "/v2/databases/{}/restoreStatus/{}"),
    } <= added
    assert ("delete", "/v2/tokens") in set(generated)
    assert ("post", "/v2/kms/classic/provider/{}/accounts") in set(generated)


def test_every_overlay_action_cites_its_evidence() -> None:
    for action in load_overlay()["actions"]:
        evidence = re.search(r"seeds? 0\d\d|published document", action["description"], re.IGNORECASE)
        assert evidence, f"no evidence named for {action['target']}"


def test_an_action_that_matches_nothing_fails_and_is_named() -> None:
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {
                "target": "$.paths['/v2/no-such-path'].get",
                "description": "Quirk that upstream fixed",
                "update": {},
            }
        ],
    }
    with pytest.raises(OverlayError, match=r"action #1 \('Quirk that upstream fixed'\).*matches nothing"):
        apply(load_contract(), overlay)


def test_an_action_without_evidence_is_refused() -> None:
    overlay = {"overlay": "1.0.0", "actions": [{"target": "$.info", "update": {"title": "x"}}]}
    with pytest.raises(OverlayError, match="no description"):
        apply(load_contract(), overlay)


def test_several_overlays_apply_in_order_and_a_failure_names_its_file(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}))
    first, second, broken = tmp_path / "1.yaml", tmp_path / "2.yaml", tmp_path / "3.yaml"
    first.write_text(
        yaml.safe_dump(
            {
                "overlay": "1.0.0",
                "actions": [
                    {"target": "$.info", "description": "first", "update": {"title": "one", "x-a": 1}}
                ],
            }
        )
    )
    second.write_text(
        yaml.safe_dump(
            {
                "overlay": "1.0.0",
                "actions": [
                    {"target": "$.info[?@ == 1]", "description": "second sees the first", "remove": True}
                ],
            }
        )
    )
    broken.write_text(
        yaml.safe_dump(
            {"overlay": "1.0.0", "actions": [{"target": "$.nothing", "description": "stale", "update": {}}]}
        )
    )
    out = tmp_path / "out.json"
    tool = [sys.executable, str(ROOT / "tools" / "apply_overlay.py"), str(spec)]

    done = subprocess.run([*tool, str(first), str(second), "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text())["info"] == {"title": "one", "version": "1"}

    failed = subprocess.run([*tool, str(first), str(broken), "-o", str(out)], capture_output=True, text=True)
    assert failed.returncode == 1 and f"overlay {broken}: action #1 ('stale')" in failed.stderr


def test_check_checks_each_overlay_on_the_result_of_the_ones_before() -> None:
    from overlay_check import check

    first = {
        "overlay": "1.0.0",
        "actions": [{"target": "$.info", "description": "d", "update": {"x-new": 1}}],
    }
    second = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.info['x-new']", "description": "needs the first", "remove": True},
            {"target": "$.paths['/v2/gone']", "description": "stale", "remove": True},
        ],
    }
    problems = check(load_contract(), [("shapes", first), ("prose", second)])
    assert [(p.source, p.index) for p in problems] == [("prose", 2)]
    assert problems[0].reason.startswith("target matches nothing")
    assert str(problems[0]).startswith("action #2 ('stale') in prose")


def test_the_overlays_turn_the_vendor_document_with_its_prose_into_the_same_client(tmp_path: Path) -> None:
    """The overlays are applied to the vendor's document as published (prose included, as
    tests/pipeline/vendor.py builds it), in the order update-spec applies them."""
    patched = vendor.published()
    for _, overlay in load(ROOT / "overlay"):
        patched = apply(patched, overlay)
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(patched))
    output = tmp_path / "astra_devops_api"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate.py"), str(spec), str(output)],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    theirs = sorted(p.relative_to(output).as_posix() for p in (output / "api").glob("*/*.py"))
    ours = sorted(
        p.relative_to(ROOT / "generated" / "astra_devops_api").as_posix() for p in API.glob("*/*.py")
    )
    assert theirs == ours


def test_the_spectral_budget_refuses_errors_and_unallowed_warnings() -> None:
    from spectral_budget import over_budget

    found = [
        {"severity": 0, "code": "no-$ref-siblings", "path": ["a"], "message": "m"},
        {"severity": 1, "code": "operation-description", "path": ["b"], "message": "m"},
        {"severity": 1, "code": "oas3-unused-component", "path": ["c"], "message": "m"},
        {"severity": 2, "code": "info-only", "path": ["d"], "message": "m"},
    ]
    refused = over_budget(found, {"operation-description"})
    assert [line.split()[1] for line in refused] == ["no-$ref-siblings", "oas3-unused-component"]


@pytest.mark.skipif(
    not (ROOT / "node_modules" / ".bin" / "spectral").exists(), reason="npm tools not installed"
)
def test_spectral_oas_finds_nothing_in_the_contract() -> None:
    from spectral_budget import findings

    assert findings(ROOT / "generated" / "openapi.json") == []
