"""Every operation of generated/openapi.json has a route in the fake: none answers 501, 404 or 405
for want of a route, whatever its path values."""

import json
import re
from pathlib import Path

import httpx
import pytest

from astra_devops.testing import FakeAstra

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "generated" / "openapi.json"
METHODS = ("get", "post", "put", "patch", "delete")


def operations() -> list[tuple[str, str]]:
    if not SPEC.exists():
        return []
    paths = json.loads(SPEC.read_text())["paths"]
    return [(method.upper(), path) for path, item in paths.items() for method in METHODS if method in item]


def test_the_contract_has_all_its_operations() -> None:
    if not SPEC.exists():
        pytest.skip("generated/openapi.json is missing")
    assert len(operations()) == 128


@pytest.mark.parametrize(("method", "template"), operations())
def test_each_operation_is_routed(method: str, template: str) -> None:
    fake = FakeAstra()
    http = httpx.Client(
        transport=fake.transport(),
        base_url="https://api.astra.datastax.com",
        headers={"Authorization": f"Bearer {fake.token}"},
    )
    path = re.sub(r"\{[^}]+\}", "x1", template)
    answer = http.request(method, path, json={})
    route_missing = answer.status_code in (404, 405) and "no such path" in answer.text
    assert answer.status_code not in (405, 500, 501) and not route_missing, answer.text
    assert fake.router.knows(method, template)
