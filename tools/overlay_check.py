"""Apply the overlays action by action and collect every problem instead of stopping at the first.

`apply_overlay.apply` stays the single implementation of the Overlay rules: each action is
applied through it on its own, so a failing action is recorded and the next one still runs.
The overlays are every `overlay/*.overlay.yaml`, applied in sorted order. Two kinds of problem:
- an action `apply` refuses (its target matches nothing, or it has no description); the problem
  names the deepest part of the target that still matches, as a JSON pointer into the vendor
  document, and the keys there that look like a rename of the missing one;
- an action that adds an operation the vendor document already has, possibly under other
  path parameter names (`{databaseID}` against `{databaseId}`), which would duplicate it.
"""

from __future__ import annotations

import copy
import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import yaml
from apply_overlay import OverlayError, apply

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
SEGMENT = re.compile(r"\.\.?(?:[A-Za-z_]\w*|\*)|\[(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^\]'\"])*\]")
NAME = re.compile(r"^\.([A-Za-z_]\w*)$|^\['((?:[^'\\]|\\.)*)'\]$")

Overlays = Sequence[tuple[str, dict[str, Any]]]


@dataclass(frozen=True)
class Problem:
    index: int
    description: str
    target: str
    reason: str
    source: str = "overlay"
    nearest: str = ""
    fixed: tuple[str, ...] = ()  # the vendor fixed the quirk: the names that mark its workaround

    def __str__(self) -> str:
        where = f"\n    deepest match: {self.nearest}" if self.nearest else ""
        return (
            f"action #{self.index} ({self.description!r}) in {self.source}\n"
            f"    target: {self.target}{where}\n    {self.reason}"
        )


@dataclass
class Patched:
    """The vendor document with every action that applies applied, what failed, and which
    locations (JSON pointers) each applied action touched."""

    document: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    touched: dict[str, list[str]] = field(default_factory=dict)


def load(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """Every `*.overlay.yaml` of `folder`, in the order they apply (sorted by name)."""
    return [
        (f"{folder.name}/{path.name}", yaml.safe_load(path.read_text()))
        for path in sorted(folder.glob("*.overlay.yaml"))
    ]


def pointer(location: Sequence[Any]) -> str:
    """`#/a/b~1c`: the URI-fragment JSON pointer of a location."""
    return "#" + "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in location)


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


def duplicates(source: str, index: int, action: dict[str, Any], vendor: dict[str, Any]) -> list[Problem]:
    existing = operations(vendor.get("paths") or {})
    return [
        Problem(
            index,
            _summary(action),
            str(action.get("target")),
            f"adds {method.upper()} {path}, which the vendor document now has as "
            f"{method.upper()} {existing[(method, shape)]}: drop or retarget this action",
            source,
            pointer(["paths", existing[(method, shape)], method]),
        )
        for (method, shape), path in sorted(added_operations(action, vendor).items())
        if (method, shape) in existing
    ]


def segments(target: str) -> list[str] | None:
    """The segments after `$` of a JSONPath query, or None when it does not split cleanly."""
    found = SEGMENT.findall(target[1:]) if target.startswith("$") else []
    return found if "".join(found) == target[1:] else None


def unmatched(target: str, document: dict[str, Any]) -> tuple[str, str]:
    """(the deepest match of `target`'s leading segments as a pointer, why the next one fails)."""
    parts = segments(target) or []
    for size in range(len(parts) - 1, -1, -1):
        try:
            nodes = jsonpath.find("$" + "".join(parts[:size]), document)
        except jsonpath.JSONPathError:
            continue
        if nodes:
            return pointer(nodes[0].location), missing_key(parts[size], nodes[0].value)
    return "", "target matches nothing"


def missing_key(segment: str, node: Any) -> str:
    named = NAME.match(segment)
    if not named or not isinstance(node, dict):
        return f"target matches nothing: nothing there matches `{segment}`"
    key = named.group(1) or named.group(2)
    keys = [str(name) for name in node]
    similar = [name for name in keys if normalise(name).lower() == normalise(key).lower() and name != key]
    if not key.startswith("/"):
        close = difflib.get_close_matches(key, keys, n=3, cutoff=0.75)
        similar += [name for name in close if name not in similar]
    renamed = f"; renamed? it has {', '.join(f'`{name}`' for name in similar)}" if similar else ""
    return f"target matches nothing: no `{key}` there{renamed}"


def patch(document: dict[str, Any], overlays: Overlays) -> Patched:
    """Apply every action that applies to a copy of `document`; record every one that does not."""
    vendor = copy.deepcopy(document)
    result = Patched(copy.deepcopy(document))
    for source, overlay in overlays:
        header = {key: value for key, value in overlay.items() if key != "actions"}
        for index, action in enumerate(overlay.get("actions") or [], start=1):
            result.problems += duplicates(source, index, action, vendor)
            label = f"{source} action #{index}"
            try:
                nodes = jsonpath.find(str(action.get("target")), result.document)
                apply(result.document, {**header, "actions": [action]})
            except (OverlayError, jsonpath.JSONPathError) as exc:
                result.problems.append(refused(source, index, action, str(exc), result.document))
                continue
            for node in nodes:
                result.touched.setdefault(pointer(node.location), []).append(label)
    return result


def refused(
    source: str, index: int, action: dict[str, Any], message: str, document: dict[str, Any]
) -> Problem:
    target = str(action.get("target"))
    if "matches nothing" not in message:
        return Problem(index, _summary(action), target, message, source)
    nearest, reason = unmatched(target, document)
    marks = fixed_upstream(action, reason)
    if marks:
        reason += (
            f"\n    the vendor fixed this quirk: the document now has `{marks[1]}`, as this action "
            "said; remove the action and what depends on it"
        )
    return Problem(index, _summary(action), target, reason, source, nearest, marks)


def stated(node: Any) -> Iterator[tuple[str, str]]:
    """(key, string value) of every string an action's update states."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str):
                yield str(key), value
            yield from stated(value)
    elif isinstance(node, list):
        for item in node:
            yield from stated(item)


def fixed_upstream(action: dict[str, Any], reason: str) -> tuple[str, ...]:
    """(the missing name, the name the document now has, the keys that stated it) when the
    document now has, in place of the target's last name, a name the action's update states."""
    found = re.match(r"target matches nothing: no `([^`]+)` there; renamed\? it has (.+)$", reason)
    if not found:
        return ()
    candidates = re.findall(r"`([^`]+)`", found.group(2))
    keys = [key for key, value in stated(action.get("update")) if value in candidates]
    said = next((value for _, value in stated(action.get("update")) if value in candidates), "")
    return (found.group(1), said, *keys) if said else ()


def check(document: dict[str, Any], overlay: dict[str, Any] | Overlays) -> list[Problem]:
    """Every problem of the overlay(s) against the vendor `document` (which is left untouched)."""
    overlays = [("overlay", overlay)] if isinstance(overlay, dict) else overlay
    return patch(document, overlays).problems
