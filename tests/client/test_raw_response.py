"""`with_raw_response`, per-call `extra_headers` and `timeout`, and the one-line methods' answers."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable

import httpx
import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops._async._resource import async_raw_response
from astra_devops._sync._resource import raw_response
from astra_devops.testing import FakeAstra

BASE_URL = "https://api.astra.datastax.com"
DOMAINS = ["db.example.com"]
Handler = Callable[[httpx.Request], httpx.Response]


def _answer(status: int, body: object = None, headers: dict[str, str] | None = None) -> Handler:
    content = b"" if body is None else json.dumps(body).encode()
    return lambda request: httpx.Response(status, content=content, headers=headers or {})


def _client(handler: Handler, seen: list[httpx.Request]) -> AstraDevOps:
    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    http = httpx.Client(transport=httpx.MockTransport(record))
    return AstraDevOps(token="AstraCS:raw", base_url=BASE_URL, http_client=http)


def _async_client(handler: Handler, seen: list[httpx.Request]) -> AsyncAstraDevOps:
    async def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(record))
    return AsyncAstraDevOps(token="AstraCS:raw", base_url=BASE_URL, http_client=http)


def test_a_one_line_method_returns_its_parsed_model() -> None:
    seen: list[httpx.Request] = []
    assert _client(_answer(200, DOMAINS), seen).custom_domains.list() == DOMAINS
    assert seen[0].url.path == "/v2/organizations/customDomains"


def test_with_raw_response_shows_status_and_headers_and_parses_on_demand() -> None:
    seen: list[httpx.Request] = []
    client = _client(_answer(200, DOMAINS, {"X-Request-Id": "r-1"}), seen)
    raw = client.custom_domains.with_raw_response.list()
    assert (raw.status_code, raw.headers["x-request-id"]) == (200, "r-1")
    assert json.loads(raw.content) == DOMAINS
    assert raw.parse() == DOMAINS
    assert repr(raw) == "<APIResponse [200] GET /v2/organizations/customDomains>"


def test_a_raw_response_that_cannot_be_parsed_fails_only_on_parse() -> None:
    raw = _client(_answer(200, {"not": "a list"}), []).custom_domains.with_raw_response.list()
    assert raw.status_code == 200
    with pytest.raises(errors.APIResponseValidationError, match="expected a JSON array of strings"):
        raw.parse()


def test_an_answer_without_body_returns_none() -> None:
    seen: list[httpx.Request] = []
    client = _client(_answer(202), seen)
    assert client.devops_access_list.delete("org-1") is None
    assert client.devops_access_list.with_raw_response.delete("org-1").status_code == 202
    assert [r.method for r in seen] == ["DELETE", "DELETE"]


def test_extra_headers_and_timeout_apply_to_that_call_only() -> None:
    seen: list[httpx.Request] = []
    client = _client(_answer(200, DOMAINS), seen)
    client.custom_domains.list(timeout=4, extra_headers={"X-Trace": "t-1"})
    client.custom_domains.list()
    assert seen[0].headers["x-trace"] == "t-1" and "x-trace" not in seen[1].headers
    assert seen[0].headers["authorization"] == "Bearer AstraCS:raw"
    assert [r.extensions["timeout"]["read"] for r in seen] == [4, 30.0]


def test_wrong_arguments_fail_before_any_request() -> None:
    seen: list[httpx.Request] = []
    client = _client(_answer(200, {}), seen)
    with pytest.raises(errors.ConfigurationError, match="get_cdc"):
        client.cdc.get()  # type: ignore[call-arg]
    with pytest.raises(errors.ConfigurationError, match="bogus"):
        client.regions.list(bogus=1)  # type: ignore[call-arg]
    with pytest.raises(errors.ConfigurationError, match="get_cdc"):
        client.cdc.with_raw_response.get()  # type: ignore[call-arg]
    assert seen == []


def test_raw_response_of_a_hand_written_method_is_its_last_answer(client: AstraDevOps) -> None:
    raw = client.organizations.with_raw_response.current()
    assert raw.status_code == 200
    assert raw.parse().id == client.organizations.current().id


def test_raw_response_of_a_method_that_sends_several_requests_is_the_last(client: AstraDevOps) -> None:
    raw = client.databases.with_raw_response.create(name="raw-db", cloud_provider="AWS", region="us-east-1")
    database = raw.parse()
    assert (database.status, raw.status_code, raw.http_response.request.method) == ("ACTIVE", 200, "GET")
    assert raw.http_response.request.url.path == f"/v2/databases/{database.id}"


def test_a_call_that_sends_no_request_has_no_raw_response() -> None:
    def nothing_to_send(name: str) -> str:
        return name

    with pytest.raises(errors.ConfigurationError, match="nothing_to_send sent no request"):
        raw_response(nothing_to_send)("x")


async def test_an_async_call_that_sends_no_request_has_no_raw_response() -> None:
    async def nothing_to_send(name: str) -> str:
        return name

    with pytest.raises(errors.ConfigurationError, match="nothing_to_send sent no request"):
        await async_raw_response(nothing_to_send)("x")


def test_with_raw_response_has_no_page_iterator_nor_private_method(client: AstraDevOps) -> None:
    with pytest.raises(AttributeError, match="'list'"):
        client.databases.with_raw_response.list()  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="'_send'"):
        client.databases.with_raw_response._send  # type: ignore[attr-defined]  # noqa: B018


def test_raw_extra_headers_and_timeout_reach_the_request() -> None:
    seen: list[httpx.Request] = []
    client = _client(_answer(200, DOMAINS), seen)
    client.custom_domains.with_raw_response.list(timeout=4, extra_headers={"X-Trace": "t-3"})
    assert (seen[0].headers["x-trace"], seen[0].extensions["timeout"]["read"]) == ("t-3", 4)


def test_the_role_answer_is_parsed_the_same_raw_or_not(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    roles = client.roles.with_raw_response.list()
    assert roles.status_code == 200
    assert [role.id for role in roles.parse()] == [role.id for role in client.roles.list()]


async def test_async_one_line_methods_raw_and_extra_headers() -> None:
    seen: list[httpx.Request] = []
    client = _async_client(_answer(200, DOMAINS, {"X-Request-Id": "r-2"}), seen)
    domains = await client.custom_domains.list(extra_headers={"X-Trace": "t-2"})
    raw = await client.custom_domains.with_raw_response.list()
    assert domains == raw.parse() == DOMAINS
    assert (raw.status_code, raw.headers["x-request-id"]) == (200, "r-2")
    assert seen[0].headers["x-trace"] == "t-2" and "x-trace" not in seen[1].headers
    with pytest.raises(errors.ConfigurationError, match="get_cdc"):
        await client.cdc.get()  # type: ignore[call-arg]
    await client.close()


async def test_async_raw_response_of_a_hand_written_method(async_client: AsyncAstraDevOps) -> None:
    raw = await async_client.organizations.with_raw_response.current()
    assert raw.status_code == 200
    assert raw.parse().id == (await async_client.organizations.current()).id
    created = await async_client.databases.with_raw_response.create(
        name="raw-db", cloud_provider="AWS", region="us-east-1"
    )
    assert (created.parse().status, created.http_response.request.method) == ("ACTIVE", "GET")
    with pytest.raises(AttributeError, match="'list'"):
        async_client.databases.with_raw_response.list()  # type: ignore[attr-defined]


PROBE = """
import json, sys
from astra_devops import AstraDevOps
import httpx
http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={})))
client = AstraDevOps(token="AstraCS:probe", base_url="https://api.astra.datastax.com", http_client=http)
client.cdc.with_raw_response.get("db-1")
print(json.dumps(sorted(name for name in sys.modules if name.startswith("astra_devops_api.api."))))
"""


def test_the_first_call_imports_only_its_own_operation() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout)
    assert "astra_devops_api.api.database_operations.get_cdc" in loaded
    assert "astra_devops_api.api.database_operations.enable_cdc" not in loaded
