"""What update-spec refuses or reads before anything else runs, on vendor-shaped documents with
invented prose (tests/pipeline/vendor.py): external references, YAML keys, OpenAPI 3.1,
duplicate operationIds, malformed files, prose-carrying vendor extensions."""

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
from update_spec import UpdateError, convert, fingerprint, load_source, main  # noqa: E402

from tests.pipeline import vendor  # noqa: E402

TERMINATE = "/v2/databases/{databaseID}/terminate"


@pytest.fixture
def counting_server() -> Iterator[tuple[str, list[str]]]:
    """A loopback server that records every request it gets."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'{"type": "object"}')

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", seen
    finally:
        server.shutdown()
        thread.join(timeout=5)


def saved(tmp_path: Path, document: dict[str, Any], name: str = "vendor.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document) if name.endswith(".json") else yaml.safe_dump(document))
    return str(path)


def test_an_external_reference_is_refused_with_its_location_and_nothing_is_fetched(
    tmp_path: Path, counting_server: tuple[str, list[str]]
) -> None:
    base, seen = counting_server
    document = vendor.published()
    document["components"]["schemas"]["Database"]["properties"]["info"] = {"$ref": f"{base}/info.json"}

    with pytest.raises(UpdateError) as refused:
        load_source(saved(tmp_path, document))

    message = str(refused.value)
    assert message.startswith("external references are refused")
    assert f"#/components/schemas/Database/properties/info: {base}/info.json" in message
    assert seen == []


def with_integer_status_codes(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            int(key) if isinstance(key, str) and key.isdigit() else key: with_integer_status_codes(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [with_integer_status_codes(item) for item in node]
    return node


def test_yaml_status_codes_written_bare_read_as_the_json_document(tmp_path: Path) -> None:
    published = vendor.published()
    path = tmp_path / "vendor.yaml"
    path.write_text(yaml.safe_dump(with_integer_status_codes(published), sort_keys=False))
    assert "\n        200:\n" in path.read_text()

    read = load_source(str(path))

    assert (
        read["paths"][TERMINATE]["post"]["responses"].keys()
        == published["paths"][TERMINATE]["post"]["responses"].keys()
    )
    assert convert(read) == convert(published)
    assert fingerprint(read) == fingerprint(published)


def test_openapi_3_1_is_refused_in_one_sentence(tmp_path: Path) -> None:
    document = vendor.published() | {"openapi": "3.1.0"}

    with pytest.raises(UpdateError) as refused:
        load_source(saved(tmp_path, document))

    message = str(refused.value)
    assert "OpenAPI 3.1.0" in message
    assert "OpenAPI 3.0.x" in message
    assert "\n" not in message


def test_a_duplicate_operation_id_names_both_holders(tmp_path: Path) -> None:
    document = vendor.published()
    resize = document["paths"]["/v2/databases/{databaseID}/resize"]["post"]
    resize["operationId"] = document["paths"][TERMINATE]["post"]["operationId"]

    with pytest.raises(UpdateError) as refused:
        load_source(saved(tmp_path, document))

    assert f"`terminateDatabase`: POST {TERMINATE} and POST /v2/databases/{{databaseID}}/resize" in str(
        refused.value
    ) or f"`terminateDatabase`: POST /v2/databases/{{databaseID}}/resize and POST {TERMINATE}" in str(
        refused.value
    )


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [("vendor.json", '{"openapi": "3.0.3", "paths": {', "JSON"), ("vendor.yaml", "openapi: [3.0\n", "YAML")],
)
def test_a_file_that_does_not_parse_is_named_with_its_format(
    tmp_path: Path, name: str, text: str, kind: str
) -> None:
    path = tmp_path / name
    path.write_text(text)

    with pytest.raises(UpdateError, match=rf"^{path}: not valid {kind}: "):
        load_source(str(path))


def test_vendor_extensions_carrying_prose_are_stripped_like_descriptions(tmp_path: Path) -> None:
    published = vendor.published()
    padded = copy.deepcopy(published)
    samples = [{"lang": "shell", "source": f"{vendor.INVENTED}: a sample call\n" * 2000}]
    for item in padded["paths"].values():
        for method in vendor.METHODS:
            if method in item:
                item[method]["x-codeSamples"] = samples
    padded["tags"][0]["x-displayName"] = vendor.INVENTED
    padded["x-tagGroups"] = [{"name": vendor.INVENTED, "tags": [padded["tags"][0]["name"]]}]

    contract = convert(load_source(saved(tmp_path, padded)))

    assert contract == convert(published)
    assert vendor.INVENTED not in contract


def test_a_document_that_cannot_be_read_still_writes_the_report(tmp_path: Path) -> None:
    spec, report = tmp_path / "vendor.json", tmp_path / "report.md"
    spec.write_text("{")

    assert main([str(spec), "--report", str(report)]) == 1
    assert f"{spec}: not valid JSON" in report.read_text()
