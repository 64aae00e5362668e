"""Run Spectral (`.spectral.yaml`: spectral:oas) on an OpenAPI document and enforce its budget.

No error is allowed, and no warning: every finding of spectral:oas on the contract is either
fixed in the overlay or switched off in `.spectral.yaml` with its reason. `--allow RULE` lets
one rule's warnings through; the Makefile passes it for `operation-description` only while
overlay/descriptions.overlay.yaml, which writes those descriptions, is absent.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"
SEVERITIES = {0: "error", 1: "warning", 2: "info", 3: "hint"}


def findings(document: Path) -> list[dict[str, object]]:
    """Spectral's findings. A document outside the repository is linted from a copy under build/,
    since the ruleset's `overrides` match files by paths relative to the ruleset."""
    if document.resolve().is_relative_to(ROOT):
        return _lint(document)
    (ROOT / "build").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=ROOT / "build") as tmp:
        copy = Path(tmp) / document.name
        shutil.copyfile(document, copy)
        return _lint(copy)


def _lint(document: Path) -> list[dict[str, object]]:
    result = subprocess.run(
        [
            str(SPECTRAL),
            "lint",
            "--quiet",
            "--format",
            "json",
            "--ruleset",
            str(ROOT / ".spectral.yaml"),
            "--fail-severity",
            "error",
            str(document),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    try:
        found = json.loads(result.stdout)
    except json.JSONDecodeError:
        found = None
    if not isinstance(found, list):
        sys.exit(
            f"spectral did not answer a JSON list (exit {result.returncode}):\n{result.stdout}{result.stderr}"
        )
    return found


def over_budget(found: list[dict[str, object]], allowed: set[str]) -> list[str]:
    """One line per finding the budget refuses: every error, and warnings of rules not allowed."""
    return [
        f"{SEVERITIES.get(int(str(item['severity'])), '?')} {item['code']} "
        f"{'.'.join(map(str, item.get('path') or []))}: {item['message']}"
        for item in found
        if item["severity"] == 0 or (item["severity"] == 1 and item["code"] not in allowed)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", type=Path)
    parser.add_argument("--allow", action="append", default=[], metavar="RULE")
    args = parser.parse_args(argv)
    found = findings(args.document)
    refused = over_budget(found, set(args.allow))
    counts = Counter(f"{SEVERITIES.get(int(str(item['severity'])), '?')} {item['code']}" for item in found)
    summary = ", ".join(f"{count} {name}" for name, count in sorted(counts.items())) or "no findings"
    print(f"spectral (spectral:oas): {summary}")
    for line in refused:
        print(f"  over budget: {line}", file=sys.stderr)
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
