"""Every public method of both clients, their resource groups and their with_raw_response views:
signature text, return annotation, overloads and docstring. `python -m tests.unit.public_signatures` rewrites
the snapshot in `data/public_signatures.json`; test_public_signatures compares today's with it."""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path
from typing import Any, get_overloads

SNAPSHOT = Path(__file__).parent / "data" / "public_signatures.json"


def _members(owner: Any) -> dict[str, Any]:
    """Each public callable of `owner` (a class, or a raw view whose methods are attributes)."""
    found: dict[str, Any] = {}
    for name in sorted(dir(owner)):
        member = inspect.getattr_static(owner, name)
        if name.startswith("_") or isinstance(member, property):
            continue
        function = getattr(owner, name)
        if callable(function):
            signature = inspect.signature(function)
            found[name] = {
                "signature": str(signature),
                "returns": str(signature.return_annotation),
                "doc": inspect.getdoc(function),
                "overloads": [str(inspect.signature(each)) for each in get_overloads(function)],
            }
    return found


def _groups(client: Any) -> dict[str, Any]:
    """The client's own methods, then each resource group's and each with_raw_response view's."""
    cls = type(client)
    snapshot: dict[str, Any] = {cls.__name__: _members(cls)}
    for name in sorted(dir(cls)):
        if name.startswith("_"):
            continue
        group = getattr(client, name)
        if type(group).__module__.startswith("astra_devops.resources"):
            snapshot[f"{cls.__name__}.{name}"] = _members(type(group))
            raw = getattr(group, "with_raw_response", None)
            if raw is not None:
                snapshot[f"{cls.__name__}.{name}.with_raw_response"] = _members(raw)
    return snapshot


def current() -> dict[str, Any]:
    """Today's public surface of AstraDevOps and AsyncAstraDevOps."""
    from astra_devops import AstraDevOps, AsyncAstraDevOps

    sync, asynchronous = AstraDevOps(token="AstraCS:snapshot"), AsyncAstraDevOps(token="AstraCS:snapshot")
    return {**_groups(sync), **_groups(asynchronous)}


def main() -> None:
    SNAPSHOT.write_text(json.dumps(current(), indent=1, sort_keys=True) + "\n")
    sys.stdout.write(f"wrote {SNAPSHOT}\n")


if __name__ == "__main__":
    main()
