"""Issue 29: a user of `generated/` alone, without the hand-written layer, gets a parsed value from
each operation's `sync()` for every seed answer with a body (two operations whose every response
was untyped returned None)."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from astra_devops_api.client import AuthenticatedClient
from openapi_python_client.strings import snake_case

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "ports"))
from seed_answers import SeedAnswer, checked_answers, read_answer  # noqa: E402

from tests.pipeline.test_seed_answers_python import placeholder  # noqa: E402

CONTRACT = json.loads((ROOT / "generated" / "openapi.json").read_text())
API = ROOT / "generated" / "astra_devops_api" / "api"


def _module(answer: SeedAnswer) -> ModuleType:
    name = snake_case(CONTRACT["paths"][answer.path][answer.method]["operationId"])
    (found,) = API.glob(f"*/{name}.py")
    return importlib.import_module(f"astra_devops_api.api.{found.parent.name}.{name}")


def _arguments(module: ModuleType) -> dict[str, Any]:
    parameters = inspect.signature(module.sync).parameters.values()
    return {
        p.name: placeholder(p)
        for p in parameters
        if (p.default is inspect.Parameter.empty or p.name == "body") and p.name != "client"
    }


def _with_body(answer: SeedAnswer) -> bool:
    try:
        return read_answer(answer) not in (None, "")
    except ValueError:
        return False


# Answers of an operation (not of a bare schema) that carry a body.
ANSWERS = [
    answer
    for answer in checked_answers()
    if answer.method != "schema" and answer.status.startswith("2") and _with_body(answer)
]


def test_the_answers_cover_both_operations_that_were_untyped() -> None:
    paths = {answer.path for answer in ANSWERS}
    assert "/v2/databases/{databaseID}/access-list" in paths
    assert "/v2/databases/{databaseID}/secureBundleURL" in paths


@pytest.mark.parametrize("answer", ANSWERS, ids=lambda answer: answer.label)
def test_the_generated_sync_parses_every_seed_answer(answer: SeedAnswer) -> None:
    body = json.dumps(read_answer(answer)).encode()
    status = int(answer.status)

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    client = AuthenticatedClient(base_url="https://api.example.test", token="t")
    client.set_httpx_client(
        httpx.Client(base_url="https://api.example.test", transport=httpx.MockTransport(respond))
    )
    module = _module(answer)
    assert module.sync(client=client, **_arguments(module)) is not None
