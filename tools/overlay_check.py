"""Apply the overlays action by action and collect every problem instead of stopping at the first.

`apply_overlay.apply` stays the single implementation of the Overlay rules: each action is
applied through it on its own, so a failing action is recorded and the next one still runs.
Two kinds of problem are reported:
- an action `apply` refuses (its target matches nothing, or it has no description);
- an action that adds an operation the vendor document already has, possibly under other
  path parameter names (`{databaseID}` against `{databaseId}`), which would duplicate it.
Several overlays are checked in the order `make generate` applies them, each against the result
of the ones before (`check_all`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import jsonpath_rfc9535 as jsonpath
from apply_overlay import OverlayError, apply

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class Problem:
    index: int
    description: str
    target: str
    reason: str
    overlay: str = ""

    def __str__(self) -> str:
        where = f"{self.overlay} " if self.overlay else ""
        head = f"{where}action #{self.index} ({self.description!r})"
        return f"{head}\n    target: {self.target}\n    {self.reason}"


def normalise(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def operations(paths: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(method, path with parameter names normalised) -> path as written."""
    return {
        (method, normalise(path)): path
        for path, item in paths.items()
        if isinstance(item, dict)
        for method in METHODS
        if isinstance(item.get(method), dict)
    }


def added_operations(action: dict[str, Any], document: dict[str, Any]) -> dict[tuple[str, str], str]:
    """The operations an `update` action adds under `$.paths`, or to one path item (a method the
    path item already has is patched, not added)."""
    update = action.get("update")
    if not isinstance(update, dict):
        return {}
    added: dict[tuple[str, str], str] = {}
    for node in jsonpath.find(action["target"], document):
        location = list(node.location)
        if location == ["paths"]:
            added |= operations(update)
        elif len(location) == 2 and location[0] == "paths" and isinstance(node.value, dict):
            new_methods = {key: value for key, value in update.items() if key not in node.value}
            added |= operations({str(location[1]): new_methods})
    return added


def _summary(action: dict[str, Any]) -> str:
    return str(action.get("description") or "no description").splitlines()[0][:90]


def duplicates(index: int, action: dict[str, Any], vendor: dict[str, Any]) -> list[Problem]:
    existing = operations(vendor.get("paths") or {})
    return [
        Problem(
            index,
            _summary(action),
            str(action.get("target")),
            f"adds {method.upper()} {path}, which the vendor document now has as "
            f"{method.upper()} {existing[(method, shape)]}: drop or retarget this action",
        )
        for (method, shape), path in sorted(added_operations(action, vendor).items())
        if (method, shape) in existing
    ]


def _check(
    vendor: dict[str, Any], patched: dict[str, Any], overlay: dict[str, Any], name: str
) -> list[Problem]:
    """The problems of `overlay` applied to `patched` (which it changes) over the `vendor` document."""
    header = {key: value for key, value in overlay.items() if key != "actions"}
    problems: list[Problem] = []
    for index, action in enumerate(overlay.get("actions") or [], start=1):
        problems += [replace(problem, overlay=name) for problem in duplicates(index, action, vendor)]
        try:
            apply(patched, {**header, "actions": [action]})
        except OverlayError as exc:
            message = str(exc)
            reason = "target matches nothing" if "matches nothing" in message else message
            problems.append(Problem(index, _summary(action), str(action.get("target")), reason, name))
    return problems


def check(document: dict[str, Any], overlay: dict[str, Any]) -> list[Problem]:
    """Every problem of `overlay` against the vendor `document` (which is left untouched)."""
    return _check(copy.deepcopy(document), copy.deepcopy(document), overlay, "")


def check_all(document: dict[str, Any], overlays: Sequence[tuple[str, dict[str, Any]]]) -> list[Problem]:
    """Every problem of the named overlays, applied in order, against the vendor `document`."""
    vendor, patched = copy.deepcopy(document), copy.deepcopy(document)
    return [problem for name, overlay in overlays for problem in _check(vendor, patched, overlay, name)]
