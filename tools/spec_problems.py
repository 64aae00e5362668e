"""What stops a vendor document from being followed, each problem with its location and remedy.

The patched contract is checked as `make generate` checks it (openapi-spec-validator, then
`redocly lint` with redocly.yaml), but every finding is kept with its JSON pointer. The vendor
contract (before the overlays) is checked too, to tell whose defect a finding is:
- found in both: the vendor's defect, which no overlay action fixes yet. It comes with a
  candidate overlay action, as YAML to append to an overlay;
- found only after the overlays: a bug in the overlay, with the actions that touched the place.
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spectral_budget
import yaml
from openapi_spec_validator import OpenAPIV30SpecValidator
from overlay_check import Patched, Problem, pointer

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "redocly.yaml"
VALIDATOR = "openapi-spec-validator"
TOP_LEVEL = {"openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"}
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
VENDOR, OVERLAY = "vendor", "overlay"
MISSING = object()


@dataclass(frozen=True)
class Finding:
    rule: str
    pointer: str
    message: str
    origin: str = VENDOR
    actions: tuple[str, ...] = ()
    snippet: str = ""

    def key(self) -> tuple[str, str, str]:
        return self.rule, self.pointer, self.message


class CheckError(Exception):
    """A checker could not run (not a finding about the document)."""


def parts(pointer: str) -> list[str]:
    body = pointer.removeprefix("#").removeprefix("/")
    return [part.replace("~1", "/").replace("~0", "~") for part in body.split("/")] if body else []


def walk(document: Any, pointer: str) -> tuple[list[Any], Any]:
    """(the keys of the deepest part of `pointer` that exists, with list indexes as ints; its node)."""
    node: Any = document
    found: list[Any] = []
    for part in parts(pointer):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
            found.append(int(part))
        elif isinstance(node, dict) and part in node:
            node = node[part]
            found.append(part)
        else:
            break
    return found, node


def jsonpath(location: list[Any]) -> str:
    """The JSONPath the overlay would use for a location: `$.paths['/v2/x'].get`."""
    text = "$"
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        elif IDENTIFIER.match(part):
            text += f".{part}"
        else:
            text += "['" + part.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return text


def redocly(path: Path) -> list[Finding]:
    result = subprocess.run(
        ["npx", "--no-install", "redocly", "lint", "--format=json", f"--config={CONFIG}", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    try:
        problems = json.loads(result.stdout)["problems"]
    except (ValueError, KeyError) as exc:
        raise CheckError(f"redocly lint gave no JSON report: {result.stderr.strip()[-500:]}") from exc
    return [
        Finding(problem["ruleId"], problem["location"][0]["pointer"], problem["message"])
        for problem in problems
        if problem.get("severity") == "error" and problem.get("location")
    ]


# What `make update-spec` lets through: a new vendor operation cannot have our description yet.
SPECTRAL_ALLOWED = {"operation-description"}


def spectral(path: Path) -> list[Finding]:
    """Spectral's findings over the budget `make generate` enforces (tools/spectral_budget.py)."""
    found = spectral_budget.findings(path)
    return [
        Finding(str(item["code"]), pointer(list(item.get("path") or [])), str(item["message"]))
        for item in found
        if spectral_budget.over_budget([item], SPECTRAL_ALLOWED)
    ]


def validate(document: dict[str, Any]) -> list[Finding]:
    """openapi-spec-validator's errors, located. It reports an invalid component twice: once
    with its path in the document and no detail, once per error inside it with a path relative
    to the component; those are located by finding the component they fit."""
    outer: list[Finding] = []
    inner: list[Finding] = []
    try:
        for error in OpenAPIV30SpecValidator(document).iter_errors():
            path = list(error.path)
            if path and path[0] in TOP_LEVEL:
                outer.append(Finding(VALIDATOR, pointer(path), component_error(error.schema_path)))
            else:
                inner.append(Finding(VALIDATOR, locate(document, path, error.instance), error.message[:300]))
    except Exception as exc:  # it stops at a $ref to nothing, which redocly locates
        stopped = f"the validator stopped: {type(exc).__name__}: {getattr(exc, 'ref', str(exc))[:200]}"
        inner.append(Finding(VALIDATOR, "#", stopped))
    detailed = [finding for finding in outer if not any(within(other, finding) for other in inner)]
    return detailed + inner


def within(finding: Finding, place: Finding) -> bool:
    return finding.pointer.startswith(place.pointer + "/")


def follow(node: Any, relative: list[Any]) -> Any:
    for part in relative:
        if not has(node, part):
            return MISSING
        node = node[part]
    return node


def has(node: Any, part: Any) -> bool:
    if isinstance(node, list):
        return isinstance(part, int) and 0 <= part < len(node)
    return isinstance(node, dict) and part in node


def nodes(document: Any) -> Iterator[tuple[list[Any], Any]]:
    """Every node of the document with its path, shallowest first."""
    pending: deque[tuple[list[Any], Any]] = deque([([], document)])
    while pending:
        path, node = pending.popleft()
        yield path, node
        children = (
            node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        )
        pending.extend(([*path, key], child) for key, child in children)


def locate(document: Any, relative: list[Any], instance: Any) -> str:
    """The pointer of the shallowest node from which `relative` leads to `instance`."""
    for path, node in nodes(document):
        if path and follow(node, relative) == instance:
            return pointer(path + relative)
    return pointer(relative)


def component_error(schema_path: Any) -> str:
    kinds = [str(part) for part in schema_path if str(part)[:1].isupper()]
    return f"not a valid OpenAPI 3.0 {kinds[-1] if kinds else 'object'}"


def check(vendor: dict[str, Any], patched: Patched, version: str) -> list[Finding]:
    """Every validation and lint finding on the patched contract, classified, with remedies."""
    with tempfile.TemporaryDirectory(prefix="spec-problems-") as tmp:
        found: dict[str, list[Finding]] = {}
        for name, document in ((VENDOR, vendor), (OVERLAY, patched.document)):
            path = Path(tmp) / f"{name}.json"
            path.write_text(json.dumps(document, indent=2, ensure_ascii=False))
            found[name] = validate(document) + redocly(path) + spectral(path)
    in_vendor = {finding.key() for finding in found[VENDOR]}
    return [
        remedy(finding, vendor, version) if finding.key() in in_vendor else blame(finding, patched.touched)
        for finding in found[OVERLAY]
    ]


def blame(finding: Finding, touched: dict[str, list[str]]) -> Finding:
    """The finding as an overlay bug, with the applied actions that touched the most specific
    place holding it."""
    places = sorted(
        (place for place in touched if finding.pointer.startswith(place + "/") or finding.pointer == place),
        key=len,
        reverse=True,
    )
    actions = tuple(dict.fromkeys(action for place in places[:1] for action in touched[place]))
    return Finding(finding.rule, finding.pointer, finding.message, OVERLAY, actions)


def remedy(finding: Finding, vendor: dict[str, Any], version: str) -> Finding:
    """The finding as the vendor's defect, with the overlay action that would fix it (none for a
    finding about the whole document)."""
    if finding.pointer == "#":
        return finding
    location, node = walk(vendor, finding.pointer)
    fix = FIXES.get(finding.rule, starting_point)
    target, change, how = fix(location, node, vendor)
    description = Folded(
        f"Vendor defect (published document {version}): {finding.message.rstrip('.')} "
        f"({finding.rule} at {finding.pointer}). {how}"
    )
    action = {"target": target, "description": description, **change}
    return Finding(finding.rule, finding.pointer, finding.message, VENDOR, (), as_overlay_yaml(action))


class Folded(str):
    """A string written as a folded YAML block (`>-`), as the overlay writes descriptions."""


class OverlayDumper(yaml.SafeDumper):
    pass


OverlayDumper.add_representer(
    Folded, lambda dumper, text: dumper.represent_scalar("tag:yaml.org,2002:str", str(text), style=">")
)


def as_overlay_yaml(action: dict[str, Any]) -> str:
    """One overlay action as the overlay file writes its actions: an item of `actions`,
    indented to be appended at the end of the file as it is."""
    text = yaml.dump([action], Dumper=OverlayDumper, sort_keys=False, allow_unicode=True, width=92)
    return "".join(f"  {line}" for line in text.splitlines(keepends=True))


Document = dict[str, Any]
Remedy = tuple[str, dict[str, Any], str]  # target, the action's change, why
Fix = Callable[[list[Any], Any, Document], Remedy]


ERROR_ANSWERS = (("400", "BadRequest", "Bad Request"), ("401", "Unauthorized", "Unauthorized"))


def four_xx(location: list[Any], node: Any, document: Document) -> Remedy:
    shared = (document.get("components") or {}).get("responses") or {}
    answers = {
        code: {"$ref": f"#/components/responses/{name}"} if name in shared else {"description": phrase}
        for code, name, phrase in ERROR_ANSWERS
    }
    return jsonpath(location), {"update": answers}, "The error answers every operation of this API can give."


def two_xx(location: list[Any], node: Any, document: Document) -> Remedy:
    return (
        jsonpath(location),
        {"update": {"200": {"description": "OK"}}},
        "Its success answer (see the seeds).",
    )


def required_undefined(location: list[Any], node: Any, document: Document) -> Remedy:
    if isinstance(node, str) and location and isinstance(location[-1], int):
        target = f"{jsonpath(location[:-1])}[?@ == '{node}']"
        return target, {"remove": True}, f"`{node}` is no longer required (it may be absent)."
    return starting_point(location, node, document)


def unused(location: list[Any], node: Any, document: Document) -> Remedy:
    return jsonpath(location), {"remove": True}, "Nothing refers to it."


def operation_id(location: list[Any], node: Any, document: Document) -> Remedy:
    method, path = str(location[-1]), str(location[-2]) if len(location) > 1 else ""
    words = [word for word in re.split(r"[^A-Za-z0-9]+", path) if word and word != "v2"]
    name = method + "".join(word[:1].upper() + word[1:] for word in words)
    return jsonpath(location), {"update": {"operationId": name}}, "An operationId (it names the function)."


def tag_description(location: list[Any], node: Any, document: Document) -> Remedy:
    name = node.get("name") if isinstance(node, dict) else None
    target = f"$.tags[?@.name == '{name}']" if name else jsonpath(location)
    return target, {"update": {"description": "EDIT: what this group of operations does."}}, "Ours."


def leading_in_common(one: list[str], other: list[str]) -> int:
    return next(
        (i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), min(len(one), len(other))
    )


def operation_tags(location: list[Any], node: Any, document: Document) -> Remedy:
    """The tag of the operations whose path shares the most leading segments with this one."""
    path = str(location[1]) if len(location) > 2 else ""
    best, tag = -1, "EDIT"
    for other, item in (document.get("paths") or {}).items():
        shared = leading_in_common(other.split("/"), path.split("/"))
        for operation in item.values() if isinstance(item, dict) else ():
            tags = operation.get("tags") if isinstance(operation, dict) else None
            if other != path and tags and shared > best:
                best, tag = shared, tags[0]
    place = location[:3] if len(location) >= 3 else location
    return jsonpath(place), {"update": {"tags": [tag]}}, f"The tag of its nearest neighbours, `{tag}`."


def starting_point(location: list[Any], node: Any, document: Document) -> Remedy:
    """The object that holds the problem (an update on a scalar would replace it), to edit."""
    place = location if isinstance(node, dict) or not location else location[:-1]
    return jsonpath(place), {"update": {}}, "EDIT: no ready-made fix for this rule; state the fix here."


FIXES: dict[str, Fix] = {
    "operation-4xx-response": four_xx,
    "operation-2xx-response": two_xx,
    "no-required-schema-properties-undefined": required_undefined,
    "no-unused-components": unused,
    "operation-operationId": operation_id,
    "tag-description": tag_description,
    "operation-tags": operation_tags,
}


HEADINGS = {
    "stale": "Overlay actions that no longer apply (retarget or drop them)",
    VENDOR: "Vendor defects no overlay action fixes yet (candidate new overlay actions)",
    OVERLAY: "Defects the overlay introduces (bugs in the overlay)",
    "generation": "Validation or generation failed (no location found: the tools' output)",
    "checked": "The hand-written layer does not work with the new package (checked in a scratch tree)",
}


@dataclass
class Report:
    stale: list[Problem]
    findings: list[Finding]
    generation: str = ""
    checked: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.stale) + len(self.findings) + bool(self.generation) + len(self.checked)

    def of(self, origin: str) -> list[Finding]:
        return [finding for finding in self.findings if finding.origin == origin]

    def text(self, overlay: str) -> str:
        return "\n".join(self.text_lines(overlay))

    def text_lines(self, overlay: str) -> Iterator[str]:
        yield f"{len(self)} problem(s), nothing was changed:"
        if self.stale:
            yield f"\n{HEADINGS['stale']}:"
            yield from (f"\n{problem}" for problem in self.stale)
        for origin in (VENDOR, OVERLAY):
            if self.of(origin):
                yield f"\n{HEADINGS[origin]}:"
                yield from (line for finding in self.of(origin) for line in text_finding(finding, overlay))
        if self.generation:
            yield f"\n{HEADINGS['generation']}:\n{self.generation}"
        if self.checked:
            yield f"\n{HEADINGS['checked']}:"
            yield from (f"\n{problem}" for problem in self.checked)

    def markdown(self, overlay: str) -> str:
        lines = [f"### {len(self)} problem(s): the document was not followed, nothing was changed", ""]
        if self.stale:
            lines += [f"#### {HEADINGS['stale']}", ""]
            lines += [markdown_stale(problem) for problem in self.stale] + [""]
        for origin in (VENDOR, OVERLAY):
            if self.of(origin):
                lines += [f"#### {HEADINGS[origin]}", ""]
                lines += [line for finding in self.of(origin) for line in markdown_finding(finding, overlay)]
        if self.generation:
            lines += [f"#### {HEADINGS['generation']}", "", "```", self.generation, "```", ""]
        if self.checked:
            lines += [f"#### {HEADINGS['checked']}", "", "```", *self.checked, "```", ""]
        return "\n".join(lines)


def where(finding: Finding) -> str:
    document = "vendor document" if finding.origin == VENDOR else "patched contract"
    return f"{finding.rule} at {finding.pointer} ({document})"


def text_finding(finding: Finding, overlay: str) -> Iterator[str]:
    yield f"\n{where(finding)}\n    {finding.message}"
    if finding.snippet:
        yield f"    candidate overlay action, to append at the end of {overlay}:"
        yield "\n".join(f"    {line}" for line in finding.snippet.splitlines())
    elif finding.actions:
        yield f"    touched by {', '.join(finding.actions)}"


def markdown_stale(problem: Problem) -> str:
    nearest = f"\n  - deepest match: `{problem.nearest}`" if problem.nearest else ""
    return (
        f"- `{problem.source}` action #{problem.index} ({problem.description})\n"
        f"  - target: `{problem.target}`{nearest}\n  - {problem.reason}"
    )


def markdown_finding(finding: Finding, overlay: str) -> Iterator[str]:
    yield f"- `{finding.rule}` at `{finding.pointer}`: {finding.message}"
    if finding.snippet:
        yield f"  Candidate overlay action, to append at the end of `{overlay}`:"
        yield "  ```yaml"
        yield from (f"  {line}" for line in finding.snippet.splitlines())
        yield "  ```"
    elif finding.actions:
        yield f"  Touched by {', '.join(finding.actions)}."
    yield ""
