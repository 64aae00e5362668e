"""Replace openapi/astra-devops-api.yaml with a newly downloaded vendor document.

The structure (paths, operations, parameters, schemas, enums, required lists, status
codes) is kept exactly, defects included, so the overlay keeps applying and `make
generate` names any action that no longer matches. The vendor's prose and examples are
dropped: summaries come from operationIds and response descriptions are reason phrases.
"""

from __future__ import annotations

import http
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HEADER = """\
# Upstream contract of the Astra DB DevOps API.
# Mirrors the structure of the vendor's published OpenAPI document, version {version}:
# same paths, methods, operationIds, parameters, schemas, properties, types, enums,
# required lists and response codes, including its defects (the overlay fixes them).
# Descriptions are ours and kept short; the vendor's prose and examples are not copied.
# To follow a new upstream release: make update-spec SPEC=<downloaded file>
"""
PROSE = {"description", "summary", "example", "examples", "externalDocs"}
METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def strip_prose(node: Any, *, is_property_map: bool = False) -> Any:
    """Drop prose keys everywhere except where they are property names."""
    if isinstance(node, dict):
        return {
            key: strip_prose(value, is_property_map=key == "properties")
            for key, value in node.items()
            if is_property_map or key not in PROSE
        }
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    return node


def reason(code: str) -> str:
    try:
        return http.HTTPStatus(int(code)).phrase
    except ValueError:
        return {"5XX": "Server error", "4XX": "Client error"}.get(code, "Response")


def summary_from(operation_id: str) -> str:
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", operation_id).replace("_", " ").split()
    rest = [word if word.isupper() and len(word) > 1 else word.lower() for word in words[1:]]
    return " ".join([words[0].capitalize(), *rest])


def first(key: str, value: Any, mapping: dict[str, Any]) -> dict[str, Any]:
    return {key: value, **mapping}


def describe(document: dict[str, Any]) -> None:
    """Add the descriptions OpenAPI requires (responses) and short summaries, in our words."""
    for path_item in document.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in METHODS or not isinstance(operation, dict):
                continue
            responses = operation.get("responses") or {}
            for code, response in responses.items():
                if isinstance(response, dict) and "$ref" not in response:
                    responses[code] = first("description", reason(code), response)
            if operation.get("operationId"):
                path_item[method] = first("summary", summary_from(operation["operationId"]), operation)
    for name, response in document.get("components", {}).get("responses", {}).items():
        words = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
        document["components"]["responses"][name] = first("description", words, response)


def convert(source: dict[str, Any]) -> str:
    document = strip_prose(source)
    describe(document)
    info = source.get("info", {})
    document["info"] = {
        "title": info.get("title", "Astra DevOps API"),
        "version": info.get("version", "unknown"),
        "description": "Manage Astra DB organizations and the lifecycle of their databases.",
        **({"contact": info["contact"]} if "contact" in info else {}),
    }
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    return HEADER.format(version=document["info"]["version"]) + body


def main() -> None:
    source_path, target_path = Path(sys.argv[1]), Path(sys.argv[2])
    text = source_path.read_text()
    source = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    target_path.write_text(convert(source))


if __name__ == "__main__":
    main()
