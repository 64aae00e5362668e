"""Apply OpenAPI Overlay 1.0 documents to an OpenAPI description, in order, strictly.

JSONPath selection is RFC 9535 (jsonpath-rfc9535); the merge rules of the Overlay
specification are the few lines below. Every action must match at least one node:
an action whose target matches nothing means the upstream document changed under
us, so the run fails and names the overlay and the action instead of silently skipping it.
Several overlays apply one after the other, each to the result of the ones before.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import yaml


class OverlayError(Exception):
    """The overlay could not be applied as written."""


def merge(target: Any, update: Any) -> Any:
    """Overlay merge: objects merge recursively, arrays append, anything else replaces."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = merge(target[key], value) if key in target else value
        return target
    if isinstance(target, list):
        target.extend(update if isinstance(update, list) else [update])
        return target
    return update


def _describe(index: int, action: dict[str, Any]) -> str:
    return f"action #{index} ({action.get('description', 'no description').splitlines()[0][:90]!r})"


def apply(document: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document")
    for index, action in enumerate(overlay.get("actions", []), start=1):
        if not action.get("description"):
            raise OverlayError(f"{_describe(index, action)} has no description of its quirk and evidence")
        nodes = jsonpath.find(action["target"], document)
        if not nodes:
            raise OverlayError(f"{_describe(index, action)}: target {action['target']} matches nothing")
        for node in reversed(nodes):
            if action.get("remove"):
                parent = node.parent.value if node.parent else None
                key = node.location[-1]
                if isinstance(parent, list):
                    del parent[key]
                elif isinstance(parent, dict):
                    parent.pop(key)
            elif "update" in action:
                parent = node.parent.value if node.parent else None
                merged = merge(node.value, json.loads(json.dumps(action["update"])))
                if parent is not None:
                    parent[node.location[-1]] = merged
    return document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("overlays", type=Path, nargs="+", metavar="overlay")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    document = yaml.safe_load(args.spec.read_text())
    for path in args.overlays:
        try:
            document = apply(document, yaml.safe_load(path.read_text()))
        except OverlayError as exc:
            print(f"overlay {path}: {exc}", file=sys.stderr)
            return 1
    args.output.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
