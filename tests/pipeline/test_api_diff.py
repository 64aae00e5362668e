"""The API change report classifies changes as a user of the generated package meets them."""

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from api_diff import Change, diff, markdown_report, text_report  # noqa: E402

BASE: dict[str, Any] = {
    "openapi": "3.0.0",
    "paths": {
        "/v2/things/{thingID}": {
            "get": {
                "operationId": "getThing",
                "parameters": [
                    {"in": "path", "name": "thingID", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
                    }
                },
            },
            "put": {
                "operationId": "putThing",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingInput"}}},
                },
                "responses": {"204": {"description": "done"}},
            },
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "size": {"type": "integer"},
                    "state": {"type": "string", "enum": ["ON", "OFF"]},
                },
            },
            "ThingInput": {"type": "object", "properties": {"name": {"type": "string"}}},
        }
    },
}


def changed(edit: Any) -> list[Change]:
    new = copy.deepcopy(BASE)
    edit(new)
    return diff(BASE, new)


def schemas(document: dict[str, Any]) -> dict[str, Any]:
    return document["components"]["schemas"]


@pytest.mark.parametrize(
    ("edit", "what", "breaking"),
    [
        (lambda d: d["paths"]["/v2/things/{thingID}"].pop("put"), "operation removed", True),
        (lambda d: schemas(d)["Thing"]["required"].clear(), "Thing: property `id` became optional", True),
        (
            lambda d: schemas(d)["Thing"]["required"].append("size"),
            "Thing: property `size` became required",
            False,
        ),
        (
            lambda d: schemas(d)["Thing"]["properties"]["state"]["enum"].pop(),
            "Thing.state enum value removed: `OFF`",
            True,
        ),
        (
            lambda d: schemas(d)["Thing"]["properties"].update(extra={"type": "string"}),
            "Thing: optional property `extra` added",
            False,
        ),
        (
            lambda d: schemas(d)["Thing"]["properties"]["size"].update(type="string"),
            "Thing.size type changed from `integer` to `string`",
            True,
        ),
        (
            lambda d: schemas(d)["ThingInput"].update(required=["name"]),
            "ThingInput: property `name` became required",
            True,
        ),
        (
            lambda d: d["paths"]["/v2/things/{thingID}"]["get"].update(operationId="fetchThing"),
            "operationId renamed from `getThing` to `fetchThing`",
            True,
        ),
    ],
)
def test_each_change_is_classified(edit: Any, what: str, breaking: bool) -> None:
    changes = changed(edit)
    assert [(change.what, change.breaking) for change in changes] == [(what, breaking)]


def test_path_parameter_names_do_not_hide_an_operation_but_a_renamed_keyword_is_breaking() -> None:
    def rename(document: dict[str, Any]) -> None:
        item = document["paths"].pop("/v2/things/{thingID}")
        item["get"]["parameters"][0]["name"] = "thingId"
        document["paths"]["/v2/things/{thingId}"] = item

    whats = {(change.what, change.breaking) for change in changed(rename)}
    assert whats == {
        ("path parameter `thingID` removed", True),
        ("required path parameter `thingId` added", True),
    }


def test_identical_documents_report_no_change() -> None:
    assert diff(BASE, copy.deepcopy(BASE)) == []
    assert text_report("API", []) == "API: no API change"
    assert "No API change." in markdown_report("API", [])
