"""What changed between two OpenAPI documents, for a user of the generated Python package.

Operations are matched by method and path with parameter names normalised. Named schemas are
compared once each (as generated model classes), in the directions they are used in: a change
is breaking when code written against the old package can fail against the new one:
- an operation, a parameter, a property, a model or an enum value removed (a function, keyword,
  attribute, class or enum member disappears), an operationId renamed (the function is renamed);
- a new required parameter or request property, a request property becoming required;
- a response property no longer required (its attribute may now be UNSET);
- a type or format changed, a free value restricted to an enum (narrowed), a response enum
  opened to any string, a removed success response.
Adding operations, optional parameters, response properties or enum values is not breaking.

    python tools/api_diff.py OLD NEW [--markdown]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
REQUEST, RESPONSE = "request", "response"
SCHEMA_REF = "#/components/schemas/"


@dataclass(frozen=True, order=True)
class Change:
    where: str
    what: str
    breaking: bool


def load(path: Path) -> dict[str, Any]:
    text = path.read_text()
    document = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    assert isinstance(document, dict), f"{path} is not an OpenAPI document"
    return document


def resolve(document: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = (
                target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            )
        node, seen = target, seen + 1
    return node


def operations(document: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]]:
    """(method, normalised path) -> (path, operation, path item)."""
    return {
        (method, re.sub(r"\{[^}]+\}", "{}", path)): (path, item[method], item)
        for path, item in (document.get("paths") or {}).items()
        for method in METHODS
        if isinstance(item, dict) and isinstance(item.get(method), dict)
    }


def ref_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.removeprefix(SCHEMA_REF) if isinstance(ref, str) and ref.startswith(SCHEMA_REF) else None


class Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.found: dict[tuple[str, str], bool] = {}
        self.queue: list[tuple[str, str]] = []

    def add(self, where: str, what: str, breaking: bool) -> None:
        self.found[(where, what)] = self.found.get((where, what), False) or breaking

    def changes(self) -> list[Change]:
        self.compare_operations()
        self.compare_models()
        return sorted(Change(where, what, breaking) for (where, what), breaking in self.found.items())

    def compare_operations(self) -> None:
        old_ops, new_ops = operations(self.old), operations(self.new)
        for key in sorted(old_ops.keys() | new_ops.keys()):
            if key not in new_ops:
                self.add(label(*old_ops[key][:2], key[0]), "operation removed", True)
            elif key not in old_ops:
                self.add(label(*new_ops[key][:2], key[0]), "operation added", False)
            else:
                self.compare_operation(label(*new_ops[key][:2], key[0]), old_ops[key], new_ops[key])

    def compare_operation(self, where: str, old: tuple[Any, ...], new: tuple[Any, ...]) -> None:
        old_id, new_id = old[1].get("operationId"), new[1].get("operationId")
        if old_id != new_id:
            self.add(where, f"operationId renamed from `{old_id}` to `{new_id}`", True)
        self.compare_parameters(
            where, self.parameters(self.old, *old[1:]), self.parameters(self.new, *new[1:])
        )
        self.compare_body(
            where, resolve(self.old, old[1].get("requestBody")), resolve(self.new, new[1].get("requestBody"))
        )
        self.compare_responses(where, old[1].get("responses") or {}, new[1].get("responses") or {})

    @staticmethod
    def parameters(
        document: dict[str, Any], operation: dict[str, Any], item: dict[str, Any]
    ) -> dict[str, Any]:
        listed = [
            resolve(document, node)
            for node in [*item.get("parameters", []), *operation.get("parameters", [])]
        ]
        return {
            f"{node.get('in')} parameter `{node.get('name')}`": node
            for node in listed
            if isinstance(node, dict)
        }

    def compare_parameters(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for name in sorted(old.keys() - new.keys()):
            self.add(where, f"{name} removed", True)
        for name in sorted(new.keys() - old.keys()):
            required = bool(new[name].get("required"))
            self.add(where, f"{'required' if required else 'optional'} {name} added", required)
        for name in sorted(old.keys() & new.keys()):
            self.compare_required(
                where, name, bool(old[name].get("required")), bool(new[name].get("required")), REQUEST
            )
            self.compare_schema(where, name, old[name].get("schema"), new[name].get("schema"), REQUEST)

    def compare_body(self, where: str, old: Any, new: Any) -> None:
        if not old and not new:
            return
        if not new:
            self.add(where, "request body removed", True)
        elif not old:
            required = bool(new.get("required"))
            self.add(where, f"{'required' if required else 'optional'} request body added", required)
        else:
            self.compare_required(
                where, "request body", bool(old.get("required")), bool(new.get("required")), REQUEST
            )
            self.compare_schema(where, "request body", json_schema(old), json_schema(new), REQUEST)

    def compare_responses(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for code in sorted(old.keys() - new.keys(), key=str):
            self.add(where, f"response {code} removed", str(code).startswith("2"))
        for code in sorted(new.keys() - old.keys(), key=str):
            self.add(where, f"response {code} added", False)
        for code in sorted(old.keys() & new.keys(), key=str):
            old_schema = json_schema(resolve(self.old, old[code]))
            new_schema = json_schema(resolve(self.new, new[code]))
            self.compare_schema(where, f"response {code}", old_schema, new_schema, RESPONSE)

    def compare_required(self, where: str, name: str, old: bool, new: bool, direction: str) -> None:
        if old != new:
            became = "required" if new else "optional"
            self.add(where, f"{name} became {became}", (direction == REQUEST) == new)

    def compare_schema(self, where: str, name: str, old: Any, new: Any, direction: str) -> None:
        old_ref, new_ref = ref_name(old), ref_name(new)
        if old_ref and old_ref == new_ref:
            self.queue.append((old_ref, direction))
            return
        if old_ref != new_ref and old_ref and new_ref:
            self.add(where, f"{name} changed from model `{old_ref}` to `{new_ref}`", True)
            return
        old, new = resolve(self.old, old), resolve(self.new, new)
        if not isinstance(old, dict) or not isinstance(new, dict):
            if bool(old) != bool(new):
                self.add(where, f"{name} {'schema added' if new else 'schema removed'}", not new)
            return
        self.compare_type(where, name, old, new, direction)
        self.compare_enum(where, name, old.get("enum"), new.get("enum"), direction)
        self.compare_properties(where, name, old, new, direction)
        if "items" in old or "items" in new:
            self.compare_schema(where, f"{name}[]", old.get("items"), new.get("items"), direction)
        for key in ("allOf", "anyOf", "oneOf"):
            self.compare_alternatives(
                where, f"{name} ({key})", old.get(key) or [], new.get(key) or [], direction
            )

    def compare_type(
        self, where: str, name: str, old: dict[str, Any], new: dict[str, Any], direction: str
    ) -> None:
        for key in ("type", "format"):
            if old.get(key) != new.get(key):
                before, after = old.get(key) or "none", new.get(key) or "none"
                widened = direction == REQUEST and (before, after) == ("integer", "number")
                self.add(where, f"{name} {key} changed from `{before}` to `{after}`", not widened)

    def compare_enum(self, where: str, name: str, old: Any, new: Any, direction: str) -> None:
        if old is None and new is None:
            return
        if old is None:
            self.add(where, f"{name} restricted to the values {fmt(new)}", True)
        elif new is None:
            self.add(where, f"{name} no longer restricted to an enum", direction == RESPONSE)
        else:
            if added := [value for value in new if value not in old]:
                self.add(where, f"{name} enum value added: {fmt(added)}", False)
            if removed := [value for value in old if value not in new]:
                self.add(where, f"{name} enum value removed: {fmt(removed)}", True)

    def compare_properties(
        self, where: str, name: str, old: dict[str, Any], new: dict[str, Any], direction: str
    ) -> None:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for prop in sorted(old_props.keys() - new_props.keys()):
            self.add(where, f"{name}: property `{prop}` removed", True)
        for prop in sorted(new_props.keys() - old_props.keys()):
            required = prop in new_required
            kind = "required" if required else "optional"
            self.add(where, f"{name}: {kind} property `{prop}` added", required and direction == REQUEST)
        for prop in sorted(old_props.keys() & new_props.keys()):
            prop_name = f"{name}: property `{prop}`"
            self.compare_required(where, prop_name, prop in old_required, prop in new_required, direction)
            self.compare_schema(where, f"{name}.{prop}", old_props[prop], new_props[prop], direction)

    def compare_alternatives(
        self, where: str, name: str, old: list[Any], new: list[Any], direction: str
    ) -> None:
        if len(old) == len(new):
            for index, (old_item, new_item) in enumerate(zip(old, new, strict=True)):
                self.compare_schema(where, f"{name}[{index}]", old_item, new_item, direction)
        else:
            self.add(where, f"{name} alternatives changed from {len(old)} to {len(new)}", len(new) < len(old))

    def compare_models(self) -> None:
        old_models = (self.old.get("components") or {}).get("schemas") or {}
        new_models = (self.new.get("components") or {}).get("schemas") or {}
        for model in sorted(old_models.keys() - new_models.keys()):
            self.add(f"model `{model}`", "model removed", True)
        for model in sorted(new_models.keys() - old_models.keys()):
            self.add(f"model `{model}`", "model added", False)
        done: set[tuple[str, str]] = set()
        for pending in self.drain(done):
            self.compare_model(*pending, old_models, new_models)
        reached = {model for model, _ in done}
        for model in sorted((old_models.keys() & new_models.keys()) - reached):
            for direction in (REQUEST, RESPONSE):
                self.queue.append((model, direction))
        for pending in self.drain(done):
            self.compare_model(*pending, old_models, new_models)

    def drain(self, done: set[tuple[str, str]]) -> Iterator[tuple[str, str]]:
        while self.queue:
            pending = self.queue.pop()
            if pending not in done:
                done.add(pending)
                yield pending

    def compare_model(self, model: str, direction: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if model in old and model in new:
            where = f"model `{model}`"
            self.compare_schema(where, model, old[model], new[model], direction)


def json_schema(node: Any) -> Any:
    content = node.get("content") if isinstance(node, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    media = content.get("application/json") or next(iter(content.values()))
    return media.get("schema") if isinstance(media, dict) else None


def label(path: str, operation: dict[str, Any], method: str) -> str:
    return f"{method.upper()} {path} ({operation.get('operationId', 'no operationId')})"


def fmt(values: Any) -> str:
    return ", ".join(f"`{value}`" for value in values)


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return Differ(old, new).changes()


def text_report(title: str, changes: list[Change]) -> str:
    if not changes:
        return f"{title}: no API change"
    breaking = sum(change.breaking for change in changes)
    lines = [f"{title}: {breaking} breaking, {len(changes) - breaking} not breaking"]
    lines += [f"  {'BREAKING' if c.breaking else 'ok      '}  {c.where}: {c.what}" for c in ordered(changes)]
    return "\n".join(lines)


def markdown_report(title: str, changes: list[Change]) -> str:
    if not changes:
        return f"### {title}\n\nNo API change.\n"
    lines = [f"### {title}", "", "| | where | change |", "|---|---|---|"]
    lines += [
        f"| {'**breaking**' if c.breaking else 'not breaking'} | {c.where} | {c.what} |"
        for c in ordered(changes)
    ]
    return "\n".join(lines) + "\n"


def ordered(changes: list[Change]) -> list[Change]:
    return sorted(changes, key=lambda change: (not change.breaking, change.where, change.what))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--markdown", action="store_true", help="Markdown (a pull request body)")
    args = parser.parse_args(argv)
    changes = diff(load(args.old), load(args.new))
    title = f"{args.old} -> {args.new}"
    print(markdown_report(title, changes) if args.markdown else text_report(title, changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
