"""overlay/descriptions.overlay.yaml: every operation described in the project's words, and an
example, shaped like the wire and checked against the contract, for every response a seed shows.

The overlay applies after overlay/astra-devops.overlay.yaml, so the document is built here from
the contract and both overlays; only the shape and provenance checks need the seeds.
"""

import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from openapi_spec_validator import validate
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tools" / "ports"))
from apply_overlay import apply  # noqa: E402
from seed_answers import checked_answers, read_answer  # noqa: E402
from strict_contract import closed  # noqa: E402

METHODS = ("get", "put", "post", "delete", "patch")
EVIDENCE = re.compile(
    r"\bseeds?\b|\b(overlay|tools|src|docs|tests|generated|openapi)/|\.(py|ya?ml|md)\b", re.I
)


def load(path: str) -> Any:
    return yaml.safe_load((ROOT / path).read_text())


OURS = load("overlay/descriptions.overlay.yaml")


@pytest.fixture(scope="module")
def shapes() -> dict[str, Any]:
    """The contract after the main overlay: what the descriptions overlay is applied to."""
    return apply(load("openapi/astra-devops-api.yaml"), load("overlay/astra-devops.overlay.yaml"))


@pytest.fixture(scope="module")
def document(shapes: dict[str, Any]) -> dict[str, Any]:
    return apply(copy.deepcopy(shapes), OURS)


def operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path): item[method]
        for path, item in document["paths"].items()
        for method in METHODS
        if isinstance(item.get(method), dict)
    }


def media_types(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """'METHOD /path STATUS' (or the shared response's name) -> its JSON media type object."""
    found = {
        f"{method.upper()} {path} {status}": response["content"]["application/json"]
        for (method, path), operation in operations(document).items()
        for status, response in operation["responses"].items()
        if "application/json" in response.get("content", {})
    }
    found |= {
        name: response["content"]["application/json"]
        for name, response in document["components"]["responses"].items()
        if "application/json" in response.get("content", {})
    }
    return found


def examples(media: dict[str, Any]) -> list[Any]:
    return ([media["example"]] if "example" in media else []) + [
        entry["value"] for entry in media.get("examples", {}).values()
    ]


def shaped(node: Any) -> Any:
    """A copy of `node` where a schema declared without a type, its forms listed in
    `x-astra-shapes`, must match exactly one of those forms (the extension's meaning)."""
    if isinstance(node, list):
        return [shaped(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: shaped(value) for key, value in node.items()}
    if "x-astra-shapes" in result and not {"type", "oneOf", "anyOf", "$ref"} & set(result):
        result["oneOf"] = result["x-astra-shapes"]
    return result


def example_errors(document: dict[str, Any], schema: dict[str, Any], value: Any) -> list[str]:
    """Why `value` does not match `schema` with every object closed to undeclared keys, every
    form of `x-astra-shapes` enforced and every format checked; empty when it does."""
    strict = shaped(closed(document, document))
    registry = Registry().with_resource("urn:contract", Resource.opaque(strict))
    rooted = json.loads(
        json.dumps(shaped(closed(schema, document))).replace('"#/components/', '"urn:contract#/components/')
    )
    validator = OAS30Validator(rooted, registry=registry, format_checker=oas30_format_checker)
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator.iter_errors(value)
    ]


def answer_media(document: dict[str, Any], method: str, path: str, status: str) -> list[dict[str, Any]]:
    """The media types a seed answer's examples live on: its response's (a shared response is
    followed), or for an error body every shared error response."""
    if method == "schema":
        return [m for name, m in media_types(document).items() if " " not in name]
    response = document["paths"][path][method]["responses"][status]
    if "$ref" in response:
        response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    return [response["content"]["application/json"]]


def key_paths(value: Any, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    """Every key of `value` with the keys and list levels above it: its shape, without values."""
    if isinstance(value, dict):
        return {(*prefix, key) for key in value} | {
            path for key, item in value.items() for path in key_paths(item, (*prefix, key))
        }
    if isinstance(value, list):
        return {path for item in value for path in key_paths(item, (*prefix, "[]"))}
    return set()


def leaves(value: Any) -> set[str]:
    if isinstance(value, dict):
        return {leaf for item in value.values() for leaf in leaves(item)}
    if isinstance(value, list):
        return {leaf for item in value for leaf in leaves(item)}
    return {value} if isinstance(value, str) else set()


def test_every_action_matches_exactly_one_node(shapes: dict[str, Any]) -> None:
    counts = {action["target"]: len(jsonpath.find(action["target"], shapes)) for action in OURS["actions"]}
    assert {target: n for target, n in counts.items() if n != 1} == {}
    assert len(counts) == len(OURS["actions"]), "two actions share a target"


def test_the_result_is_a_valid_openapi_document(document: dict[str, Any]) -> None:
    validate(document)


def test_every_operation_has_a_description_of_its_own(document: dict[str, Any]) -> None:
    ours = {
        (str(node.location[2]), str(node.location[1])): action["update"]["description"]
        for action in OURS["actions"]
        for node in jsonpath.find(action["target"], document)
        if len(node.location) == 3 and node.location[2] in METHODS
    }
    described = {key: op.get("description", "") for key, op in operations(document).items()}
    assert len(described) >= 128
    assert described == ours
    assert [key for key, op in operations(document).items() if op["description"] == op.get("summary")] == []


def test_no_description_or_summary_cites_evidence_or_repository_files(document: dict[str, Any]) -> None:
    texts = [
        op.get(field, "") for op in operations(document).values() for field in ("summary", "description")
    ]
    texts += [
        entry.get("summary", "")
        for media in media_types(document).values()
        for entry in media.get("examples", {}).values()
    ]
    assert [text for text in texts if EVIDENCE.search(text)] == []


def test_every_example_matches_its_response_schema_with_no_undeclared_key(document: dict[str, Any]) -> None:
    found = {
        name: example_errors(document, media["schema"], example)
        for name, media in media_types(document).items()
        for example in examples(media)
    }
    assert len(found) >= 60
    assert {name: errors for name, errors in found.items() if errors} == {}


def test_an_example_with_an_undeclared_key_or_a_wrong_type_is_reported(document: dict[str, Any]) -> None:
    media = document["paths"]["/v2/clientIdSecrets"]["get"]["responses"]["200"]["content"]["application/json"]
    body = copy.deepcopy(media["example"])
    body["clients"][0]["nickname"] = "ci"
    body["clients"][1]["generatedOn"] = "yesterday"
    errors = example_errors(document, media["schema"], body)
    assert any("'nickname' was unexpected" in error for error in errors)
    assert any(error.startswith("clients/1/generatedOn") for error in errors)


def test_every_response_a_seed_shows_has_an_example(document: dict[str, Any]) -> None:
    missing = {
        answer.label
        for answer in checked_answers()
        for media in answer_media(document, answer.method, answer.path, answer.status)
        if not examples(media)
    }
    assert missing == set()


def test_each_example_has_the_keys_casing_and_nesting_of_a_seed_answer(document: dict[str, Any]) -> None:
    groups: dict[tuple[str, str, str], list[set[tuple[str, ...]]]] = {}
    for answer in checked_answers():
        key = (answer.method, answer.path, answer.status)
        groups.setdefault(key, []).append(key_paths(read_answer(answer)))
    unmatched = []
    for (method, path, status), seen in groups.items():
        ours = [key_paths(e) for m in answer_media(document, method, path, status) for e in examples(m)]
        if method == "schema":
            unmatched += [f"{path}: {sorted(shape)}" for shape in seen if shape not in ours]
        elif not any(shape in seen for shape in ours):
            unmatched.append(f"{method.upper()} {path} {status}")
    assert unmatched == []


def test_example_values_other_than_vocabulary_are_our_own(document: dict[str, Any]) -> None:
    theirs = {leaf for answer in checked_answers() for leaf in leaves(read_answer(answer))}
    ours = {leaf for media in media_types(document).values() for e in examples(media) for leaf in leaves(e)}
    # Short values are the API's vocabulary (statuses, providers, regions); ids, times, keys and
    # sentences are longer, and must be invented.
    assert {leaf for leaf in theirs & ours if len(leaf) > 12} == set()
