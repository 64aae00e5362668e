"""Apply the overlays action by action and collect every problem instead of stopping at the first.

`apply_overlay.apply` stays the single implementation of the Overlay rules: each action is
applied through it on its own, so a failing action is recorded and the next one still runs.
The overlays are every `overlay/*.overlay.yaml`, applied in sorted order. Two kinds of problem:
- an action `apply` refuses (its target matches nothing, or it has no description); the problem
  names the deepest part of the target that still matches, as a JSON pointer into the vendor
  document, and the keys there that look like a rename of the missing one. When the document
  now says what the overlay said there (the new name is one the action states, or the place now
  has the form another action gives it), the vendor fixed the quirk: the problem says so and
  carries the names that mark the workaround (`Problem.fixed`);
- an action that adds an operation the vendor document already has, possibly under other
  path parameter names (`{databaseID}` against `{databaseId}`), which would duplicate it.
"""

from __future__ import annotations

import copy
import dataclasses
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
PROSE = {"description", "summary", "example", "examples", "externalDocs"}
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


def deepest(target: str, document: dict[str, Any]) -> tuple[Any, str] | None:
    """(the deepest node `target`'s leading segments match, the segment that then fails)."""
    parts = segments(target) or []
    for size in range(len(parts) - 1, -1, -1):
        try:
            nodes = jsonpath.find("$" + "".join(parts[:size]), document)
        except jsonpath.JSONPathError:
            continue
        if nodes:
            return nodes[0], parts[size]
    return None


def unmatched(target: str, document: dict[str, Any]) -> tuple[str, str]:
    """(the deepest match of `target`'s leading segments as a pointer, why the next one fails)."""
    found = deepest(target, document)
    if found is None:
        return "", "target matches nothing"
    node, segment = found
    return pointer(node.location), missing_key(segment, node.value)


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
    every = [
        (f"{source} action #{index}", action)
        for source, overlay in overlays
        for index, action in enumerate(overlay.get("actions") or [], start=1)
    ]
    for source, overlay in overlays:
        header = {key: value for key, value in overlay.items() if key != "actions"}
        for index, action in enumerate(overlay.get("actions") or [], start=1):
            result.problems += duplicates(source, index, action, vendor)
            label = f"{source} action #{index}"
            try:
                nodes = jsonpath.find(str(action.get("target")), result.document)
                apply(result.document, {**header, "actions": [action]})
            except (OverlayError, jsonpath.JSONPathError) as exc:
                problem = refused(source, index, action, str(exc), result.document)
                result.problems.append(fixed_by_vendor(problem, action, vendor, every))
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
    return Problem(index, _summary(action), target, reason, source, nearest)


def fixed_by_vendor(
    problem: Problem,
    action: dict[str, Any],
    vendor: dict[str, Any],
    every: Sequence[tuple[str, dict[str, Any]]],
) -> Problem:
    """`problem`, saying the vendor fixed the quirk when the document now says what the overlay
    said: the new name is one the action states (a typo fixed), or the place now has the form
    another action gives it (a list now one object, a string now an object)."""
    renamed = fixed_upstream(action, problem.reason)
    if renamed:
        said, marks = f"the document now has `{renamed[1]}`, as this action said", (renamed[0], *renamed[2:])
        remove = "the action"
    else:
        said, marks = now_said(action, vendor, every)
        remove = "the action, that one"
    if not marks:
        return problem
    note = f"\n    the vendor fixed this quirk: {said}; remove {remove} and what depends on it"
    return dataclasses.replace(problem, reason=problem.reason + note, fixed=marks)


def stated(node: Any) -> Iterator[tuple[str, Any]]:
    """(key, value) of every scalar an action's update states."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(value, dict | list):
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


def shape(update: Any) -> dict[str, Any]:
    """What an update says about a node's form (type, `$ref`, format, items...), not its prose
    or the `x-` marks of a workaround."""
    if not isinstance(update, dict):
        return {}
    return {key: value for key, value in update.items() if key not in PROSE and not str(key).startswith("x-")}


def now_said(
    action: dict[str, Any], document: dict[str, Any], every: Sequence[tuple[str, dict[str, Any]]]
) -> tuple[str, tuple[str, ...]]:
    """When the place that held what `action` removes or changes now has the form another action
    gives it (a list of roles now one role object, a string now an object): what that action
    said, and the names that mark the workaround (both actions' `x-` keys, the operation or
    property the place belongs to)."""
    found = deepest(str(action.get("target")), document)
    if found is None or not isinstance(found[0].value, dict):
        return "", ()
    node = found[0]
    for label, other in every:
        form = shape(other.get("update"))
        if other is action or not form or any(node.value.get(key) != value for key, value in form.items()):
            continue
        try:
            places = [match.location for match in jsonpath.find(str(other.get("target")), document)]
        except jsonpath.JSONPathError:
            continue
        if node.location in places:
            said = ", ".join(f"`{key}: {value}`" for key, value in form.items())
            marks = {key for key, _ in [*stated(action.get("update")), *stated(other.get("update"))]}
            return f"the document now says what {label} said ({said})", (
                owner(node.location, document),
                *sorted(key for key in marks if key.startswith("x-")),
            )
    return "", ()


def owner(location: Sequence[Any], document: dict[str, Any]) -> str:
    """The operationId of the operation a location is under, else the property (or the schema)
    it is in."""
    parts = [str(part) for part in location]
    if len(parts) >= 3 and parts[0] == "paths":
        operation = document["paths"][parts[1]].get(parts[2])
        if isinstance(operation, dict) and operation.get("operationId"):
            return str(operation["operationId"])
    if "properties" in parts[:-1]:
        return parts[parts.index("properties") + 1]
    return parts[2] if len(parts) > 2 else parts[-1]


def check(document: dict[str, Any], overlay: dict[str, Any] | Overlays) -> list[Problem]:
    """Every problem of the overlay(s) against the vendor `document` (which is left untouched)."""
    overlays = [("overlay", overlay)] if isinstance(overlay, dict) else overlay
    return patch(document, overlays).problems
