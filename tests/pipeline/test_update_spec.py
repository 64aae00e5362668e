"""update-spec's pieces: collect-all overlay check, located problems and their remedies,
changelog, vendor document parsing."""

import copy
import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from apply_overlay import apply  # noqa: E402
from overlay_check import check, load, patch  # noqa: E402
from spec_problems import VENDOR, Finding, Report, blame, jsonpath, remedy, validate  # noqa: E402
from update_spec import UpdateError, changelog, fingerprint, linked_document, load_source, parse_source  # noqa: E402


def test_the_current_contract_takes_every_overlay_action() -> None:
    contract = yaml.safe_load((ROOT / "openapi" / "astra-devops-api.yaml").read_text())
    overlays = load(ROOT / "overlay")
    assert overlays[0][0] == "overlay/astra-devops.overlay.yaml"
    assert check(contract, overlays) == []


def test_every_unmatched_action_and_every_duplicate_add_is_reported() -> None:
    document = {"openapi": "3.0.0", "paths": {"/v2/things/{thingId}/park": {"post": {"responses": {}}}}}
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.components.schemas.Gone", "description": "first", "remove": True},
            {
                "target": "$.paths",
                "description": "adds park",
                "update": {"/v2/things/{thingID}/park": {"post": {}}},
            },
            {"target": "$.paths['/nowhere']", "description": "third", "update": {"x": 1}},
        ],
    }
    problems = check(document, overlay)
    assert [(problem.index, problem.target) for problem in problems] == [
        (1, "$.components.schemas.Gone"),
        (2, "$.paths"),
        (3, "$.paths['/nowhere']"),
    ]
    assert "now has as POST /v2/things/{thingId}/park" in problems[1].reason
    assert document["paths"] == {"/v2/things/{thingId}/park": {"post": {"responses": {}}}}


JSON_IN_STRING = {
    "overlay": "1.0.0",
    "actions": [
        {
            "target": "$.components.schemas.Widget.properties.settings.format",
            "description": "Invented evidence: `format: json` is no OpenAPI format.",
            "remove": True,
        },
        {
            "target": "$.components.schemas.Widget.properties.settings",
            "description": "Invented evidence: answers send an object, or JSON text.",
            "update": {"type": "object", "x-astra-json-in-string": "WidgetSettings"},
        },
    ],
}


def widget(settings: dict[str, Any] | None) -> dict[str, Any]:
    properties = {"name": {"type": "string"}} | ({"settings": settings} if settings is not None else {})
    return {
        "openapi": "3.0.3",
        "paths": {},
        "components": {"schemas": {"Widget": {"properties": properties}}},
    }


def test_a_string_field_the_vendor_now_publishes_as_an_object_is_a_fixed_quirk() -> None:
    assert check(widget({"type": "string", "format": "json"}), JSON_IN_STRING) == []

    [problem] = check(widget({"type": "object"}), JSON_IN_STRING)

    assert (problem.index, problem.nearest) == (1, "#/components/schemas/Widget/properties/settings")
    assert problem.reason == (
        "target matches nothing: no `format` there\n"
        "    the vendor fixed this quirk: the document now says what overlay action #2 said "
        "(`type: object`); remove the action, that one and what depends on it"
    )
    assert problem.fixed == ("settings", "x-astra-json-in-string")


@pytest.mark.parametrize("settings", [None, {"type": "array"}])
def test_a_field_gone_or_in_another_form_is_not_taken_for_a_fix(settings: dict[str, Any] | None) -> None:
    problems = check(widget(settings), JSON_IN_STRING)

    assert [problem.index for problem in problems] == ([1, 2] if settings is None else [1])
    assert not any("the vendor fixed" in problem.reason or problem.fixed for problem in problems)


def test_patching_an_existing_operation_through_its_path_item_is_not_an_add() -> None:
    document = {"openapi": "3.0.0", "paths": {"/v2/a/{id}": {"get": {}}, "/v2/b/{bId}": {"post": {}}}}
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.paths['/v2/a/{id}']", "description": "patch get", "update": {"get": {"x-a": 1}}},
            {"target": "$.paths['/v2/a/{id}']", "description": "add post", "update": {"post": {}}},
        ],
    }
    assert check(document, overlay) == []


def test_overlays_apply_in_order_and_each_problem_names_its_file_and_the_deepest_match() -> None:
    document = {
        "openapi": "3.0.0",
        "paths": {},
        "components": {"schemas": {"Thing": {"properties": {"thingID": {}}}}},
    }
    first = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.components.schemas.Thing", "description": "adds x-a", "update": {"x-a": 1}}
        ],
    }
    second = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.components.schemas.Thing['x-a']", "description": "needs the first", "update": 2},
            {
                "target": "$.components.schemas.Thing.properties.thingId",
                "description": "renamed",
                "update": {},
            },
        ],
    }
    result = patch(document, [("a.overlay.yaml", first), ("b.overlay.yaml", second)])
    assert result.document["components"]["schemas"]["Thing"]["x-a"] == 2
    [problem] = result.problems
    assert (problem.source, problem.index, problem.nearest) == (
        "b.overlay.yaml",
        2,
        "#/components/schemas/Thing/properties",
    )
    assert problem.reason == "target matches nothing: no `thingId` there; renamed? it has `thingID`"
    assert result.touched["#/components/schemas/Thing"] == ["a.overlay.yaml action #1"]
    assert "x-a" not in document["components"]["schemas"]["Thing"]


SLOPPY = {
    "openapi": "3.0.0",
    "info": {"title": "t", "version": "1"},
    "paths": {"/v2/probe": {"get": {"operationId": "probe", "responses": {"200": {"description": "OK"}}}}},
    "components": {
        "schemas": {
            "Thing": {"type": "object", "required": ["id", "gone"], "properties": {"id": {"type": "double"}}}
        },
        "responses": {"BadRequest": {"description": "Bad Request"}},
    },
}


def test_validation_errors_inside_a_schema_are_located_in_the_document() -> None:
    pointers = {finding.pointer for finding in validate(SLOPPY)}
    assert pointers == {"#/components/schemas/Thing/properties/id/type"}


@pytest.mark.parametrize(
    ("rule", "pointer", "fixed"),
    [
        (
            "operation-4xx-response",
            "#/paths/~1v2~1probe/get/responses",
            lambda d: (
                d["paths"]["/v2/probe"]["get"]["responses"]["400"]
                == {"$ref": "#/components/responses/BadRequest"}
            ),
        ),
        (
            "no-required-schema-properties-undefined",
            "#/components/schemas/Thing/required/1",
            lambda d: d["components"]["schemas"]["Thing"]["required"] == ["id"],
        ),
        (
            "no-unused-components",
            "#/components/schemas/Thing",
            lambda d: "Thing" not in d["components"]["schemas"],
        ),
    ],
)
def test_a_vendor_defect_comes_with_an_overlay_action_that_fixes_it(
    rule: str, pointer: str, fixed: Any
) -> None:
    finding = remedy(Finding(rule, pointer, "message."), SLOPPY, "1")
    assert finding.origin == VENDOR
    assert finding.snippet.startswith("  - target: ")
    overlay = yaml.safe_load("overlay: 1.0.0\nactions:\n" + finding.snippet)
    assert "published document 1" in overlay["actions"][0]["description"]
    assert fixed(apply(copy.deepcopy(SLOPPY), overlay))


def test_a_rule_without_a_ready_fix_targets_the_object_that_holds_the_problem() -> None:
    finding = remedy(
        Finding("struct", "#/components/schemas/Thing/properties/id/type", "bad type."), SLOPPY, "1"
    )
    action = yaml.safe_load(finding.snippet)[0]
    assert action["target"] == "$.components.schemas.Thing.properties.id"
    assert action["update"] == {}
    assert "EDIT" in action["description"]


def test_an_overlay_bug_names_the_most_specific_actions_that_touched_its_place() -> None:
    touched = {
        "#/components/schemas": ["o action #1"],
        "#/components/schemas/Thing": ["o action #2", "o action #3"],
    }
    finding = blame(Finding("struct", "#/components/schemas/Thing/properties/id", "bad."), touched)
    assert finding.actions == ("o action #2", "o action #3")


def test_a_failure_no_finding_explains_is_shown_as_the_tools_said_it() -> None:
    report = Report([], [], "generate.py: warning: could not read schema Thing")
    assert len(report) == 1
    assert report.text("overlay/a.overlay.yaml").endswith(
        "(no location found: the tools' output):\ngenerate.py: warning: could not read schema Thing"
    )
    assert "```\ngenerate.py: warning: could not read schema Thing\n```" in report.markdown(
        "overlay/a.overlay.yaml"
    )


def test_pointers_become_the_jsonpath_the_overlay_writes() -> None:
    assert (
        jsonpath(["paths", "/v2/a/{id}", "get", "responses", "200"])
        == "$.paths['/v2/a/{id}'].get.responses['200']"
    )
    assert jsonpath(["tags", 0, "it's"]) == "$.tags[0]['it\\'s']"


def test_changelog_is_created_and_new_entries_come_first() -> None:
    first = changelog("", "### API: one\n")
    second = changelog(first, "### API: two\n")
    assert second.startswith("# Changelog\n")
    assert second.index("## [Unreleased]") < second.index("### API: two") < second.index("### API: one")


def test_changelog_gets_an_unreleased_heading_above_released_versions() -> None:
    text = changelog("# Changelog\n\n## [0.1.0]\n- first\n", "### API: new\n")
    assert text.index("## [Unreleased]") < text.index("### API: new") < text.index("## [0.1.0]")


def test_the_hash_is_the_same_for_json_and_yaml_renderings() -> None:
    document = {
        "openapi": "3.0.0",
        "info": {"version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {}}}}},
    }
    as_json = parse_source(json.dumps(document).encode())
    as_yaml = parse_source(yaml.safe_dump(document).encode())
    assert fingerprint(as_json) == fingerprint(as_yaml)


def test_a_redoc_page_yields_its_embedded_document() -> None:
    document = {"openapi": "3.0.0", "paths": {}}
    page = f"<html><script>const __redoc_state = {json.dumps({'spec': {'data': document}})};</script></html>"
    assert parse_source(page.encode()) == document


@pytest.mark.parametrize("data", [b"<html>no spec here</html>", b'{"swagger": "2.0"}', b"- a list"])
def test_what_is_not_an_openapi_document_is_refused(data: bytes) -> None:
    with pytest.raises(UpdateError):
        parse_source(data)


def test_a_redoc_page_that_loads_its_document_names_it() -> None:
    page = b'<html><body><redoc spec-url="openapi.json"></redoc></body></html>'
    assert (
        linked_document(page, "https://example.test/api/index.html")
        == "https://example.test/api/openapi.json"
    )
    assert linked_document(b'{"openapi": "3.0.0"}', "https://example.test/a.json") is None


DOCUMENT = {"openapi": "3.0.0", "info": {"version": "9"}, "paths": {}}


class VendorSite(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        pages = {
            "/api/index.html": b'<html><redoc spec-url="openapi.json"></redoc></html>',
            "/api/openapi.json": json.dumps(DOCUMENT).encode(),
        }
        body = pages.get(self.path)
        self.send_response(200 if body else 404)
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def vendor_site() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), VendorSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_the_document_is_fetched_by_url_through_the_reference_page(vendor_site: str) -> None:
    assert load_source(f"{vendor_site}/api/index.html") == DOCUMENT
    assert load_source(f"{vendor_site}/api/openapi.json") == DOCUMENT
