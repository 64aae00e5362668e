"""update-spec's pieces: collect-all overlay check, changelog, vendor document parsing."""

import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from overlay_check import check  # noqa: E402
from update_spec import UpdateError, changelog, fingerprint, linked_document, load_source, parse_source  # noqa: E402


def test_the_current_contract_takes_every_overlay_action() -> None:
    contract = yaml.safe_load((ROOT / "openapi" / "astra-devops-api.yaml").read_text())
    overlay = yaml.safe_load((ROOT / "overlay" / "astra-devops.overlay.yaml").read_text())
    assert check(contract, overlay) == []


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
