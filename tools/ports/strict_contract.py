"""Seed answers against generated/openapi.json, with undeclared keys rejected.

The contract leaves objects open (a new key must not break a client), so this check closes
them: every object schema that lists properties gets `additionalProperties: false`, and an
answer carrying a key the contract does not describe fails. A schema without a type that lists
its forms in `x-astra-shapes` must match exactly one of them.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed_answers import SeedAnswer

CONTRACT = Path(__file__).resolve().parents[2] / "generated" / "openapi.json"


def _resolve(contract: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = contract["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _merged(contract: dict[str, Any], parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One object schema from the parts of an allOf: closing each part would refuse the keys of
    the others."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in parts:
        part = _resolve(contract, part)
        if "allOf" in part:
            part = _merged(contract, part["allOf"])
        properties.update(part.get("properties", {}))
        required += part.get("required", [])
    return {"type": "object", "properties": properties, "required": required}


def closed(node: Any, contract: dict[str, Any]) -> Any:
    """A copy of `node` with every object schema that lists properties closed to other keys."""
    if isinstance(node, list):
        return [closed(item, contract) for item in node]
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("allOf"), list):
        node = {**{k: v for k, v in node.items() if k != "allOf"}, **_merged(contract, node["allOf"])}
    result = {key: closed(value, contract) for key, value in node.items()}
    if "x-astra-shapes" in result and "type" not in result:
        result["oneOf"] = result["x-astra-shapes"]  # a value of several forms is exactly one of them
    if isinstance(result.get("properties"), dict) and "additionalProperties" not in result:
        result["additionalProperties"] = False
    return result


def response_schema(contract: dict[str, Any], answer: SeedAnswer) -> dict[str, Any]:
    """The schema the contract gives the answer: its operation's response for its status, or a
    named component (`SCHEMA ErrorBody`)."""
    if answer.method == "schema":
        return {"$ref": f"#/components/schemas/{answer.path}"}
    responses = contract["paths"][answer.path][answer.method]["responses"]
    response = responses.get(answer.status) or responses[f"{answer.status[0]}XX"]
    if "$ref" in response:
        response = contract["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    schema: dict[str, Any] = response["content"]["application/json"]["schema"]
    return schema


class StrictContract:
    def __init__(self, path: Path = CONTRACT) -> None:
        self.contract = json.loads(path.read_text())
        self._closed = closed(copy.deepcopy(self.contract), self.contract)
        self._registry = Registry().with_resource("urn:contract", Resource.opaque(self._closed))

    def errors(self, answer: SeedAnswer, body: Any) -> list[str]:
        """Why `body` does not match its response schema, closed; empty when it does."""
        schema = response_schema(self.contract, answer)
        rooted = json.loads(json.dumps(schema).replace('"#/components/', '"urn:contract#/components/'))
        validator = OAS30Validator(rooted, registry=self._registry)
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in validator.iter_errors(body)
        ]
