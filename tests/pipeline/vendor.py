"""Vendor-shaped OpenAPI documents, built from openapi/astra-devops-api.yaml for the drills.

The vendor's own document stays outside the repository. What the drills need from it, they get
from a document built here:
- `published`: the contract with prose of our own invention wherever the vendor writes prose
  (summaries, descriptions, examples, external docs, terms of service). It carries the two facts
  the drills used the published document for: its version is the contract's, and update-spec
  converts it back to openapi/astra-devops-api.yaml byte for byte (so the stripping runs on
  every kind of prose);
- `older`: an older vendor release, where things the overlay targets are missing or renamed and
  two operations the overlay adds already exist under other path parameter names;
- `sloppy`: a careless release, with an operation without a 4xx answer, a required property left
  undefined and an overlay target renamed.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "patch")
INVENTED = "Invented drill prose"
HIDDEN_PROBE = "/v2/hidden/probe"
RENAMED = ("CredsURL", "datcenterID", "datacenterID")
UNDEFINED = ("Database", "ownerId")


def contract(root: Path = ROOT) -> dict[str, Any]:
    document = yaml.safe_load((root / "openapi" / "astra-devops-api.yaml").read_text())
    assert isinstance(document, dict)
    return document


def prose(about: str) -> str:
    return f"{INVENTED} about {about}.\n\nA second paragraph, so that folded text is stripped too."


def describe_schema(schema: Any, name: str) -> None:
    """Prose on a schema and each of its properties (never on the property map itself, whose
    keys are property names: a property may be called `description`)."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    schema["description"] = prose(name)
    schema["example"] = {"invented": name} if schema.get("type") == "object" else "invented"
    for key, value in (schema.get("properties") or {}).items():
        describe_schema(value, f"{name}.{key}")
    describe_schema(schema.get("items"), f"{name}[]")
    for keyword in ("allOf", "anyOf", "oneOf"):
        for index, alternative in enumerate(schema.get(keyword) or []):
            describe_schema(alternative, f"{name} {keyword}[{index}]")


def describe_operation(operation: dict[str, Any], name: str) -> None:
    operation["summary"] = f"{INVENTED}: {name}"
    operation["description"] = prose(name)
    operation["externalDocs"] = {"url": "https://example.test/docs", "description": prose("the docs")}
    for parameter in operation.get("parameters") or []:
        if "$ref" not in parameter:
            parameter["description"] = prose(f"parameter {parameter.get('name')}")
            parameter["example"] = "invented"
    for code, response in (operation.get("responses") or {}).items():
        if "$ref" not in response:
            response["description"] = prose(f"answer {code}")
            for media in (response.get("content") or {}).values():
                media["examples"] = {"invented": {"summary": INVENTED, "value": {"code": code}}}


def published(root: Path = ROOT) -> dict[str, Any]:
    document = copy.deepcopy(contract(root))
    document["info"] |= {
        "description": prose("the API"),
        "termsOfService": "https://example.test/terms",
        "x-logo": {"url": "https://example.test/logo.png"},
    }
    document["externalDocs"] = {"url": "https://example.test", "description": prose("the guides")}
    for tag in document.get("tags") or []:
        tag["description"] = prose(f"tag {tag['name']}")
    for path, item in document["paths"].items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                describe_operation(item[method], f"{method.upper()} {path}")
    components = document["components"]
    for name, schema in components["schemas"].items():
        describe_schema(schema, name)
    for name, parameter in (components.get("parameters") or {}).items():
        parameter["description"] = prose(f"parameter {name}")
    for name, response in components["responses"].items():
        response["description"] = prose(f"answer {name}")
    return document


def older(root: Path = ROOT) -> dict[str, Any]:
    """Things the overlay targets removed or renamed, as in an older vendor release."""
    document = published(root)
    paths = document["paths"]
    del paths["/v2/organizations/{orgId}/devops-acl"]
    del paths["/v2/databases/{databaseID}/snapshots"]
    breakdown = document["components"]["schemas"]["CostBreakdown"]["properties"]
    breakdown["amount"] = breakdown.pop("cost")
    document["tags"] = [tag for tag in document["tags"] if tag["name"] != "Regions"]
    terminate = paths["/v2/databases/{databaseID}/terminate"]["post"]
    for action in ("park", "unpark"):
        operation = copy.deepcopy(terminate)
        operation["operationId"] = f"{action}Database"
        operation["parameters"] = [
            {"in": "path", "name": "databaseId", "required": True, "schema": {"type": "string"}}
        ]
        paths[f"/v2/databases/{{databaseId}}/{action}"] = {"post": operation}
    return document


def sloppy(root: Path = ROOT) -> dict[str, Any]:
    """A new operation without a 4xx answer, a required property left undefined, an overlay
    target renamed."""
    document = published(root)
    document["info"]["version"] = "2.4.0-sloppy"
    document["paths"][HIDDEN_PROBE] = {
        "get": {
            "operationId": "getHiddenProbe",
            "summary": f"{INVENTED}: a probe",
            "responses": {"200": {"description": prose("the probe")}},
        }
    }
    schemas = document["components"]["schemas"]
    schema, name = UNDEFINED
    assert name in schemas[schema]["required"]
    del schemas[schema]["properties"][name]
    schema, old, new = RENAMED
    properties = schemas[schema]["properties"]
    properties[new] = properties.pop(old)
    return document
