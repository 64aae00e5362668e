"""For any hostile answer (status, Retry-After, Content-Encoding, body bytes), every call ends in
time, in a result or in an AstraDevOpsError: never a raw exception, never a hang."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from astra_devops import errors

from .conftest import DB, database, run
from .server import Answer, Hostile, serve

TIMEOUT = 0.3
MAX_RETRIES = 1
BOUND = TIMEOUT * (MAX_RETRIES + 1) + TIMEOUT + 1.5
HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=24)

statuses = st.sampled_from([200, 201, 202, 204, 206, 299, 301, 302, 303, 304, 307, 308, 400, 401, 404])
statuses |= st.sampled_from([409, 418, 422, 429, 500, 502, 503, 504, 599])
retry_after = st.none() | HEADER_TEXT | st.floats().map(repr)
retry_after |= st.sampled_from(
    ["nan", "inf", "-inf", "-1", "0", "0.05", "1e308", "Wed, 21 Oct 2015 07:28:00 GMT"]
)
encodings = st.none() | st.sampled_from(
    ["gzip", "deflate", "br", "zstd", "identity", "gzip, gzip", "x-what", ""]
)
content_types = st.none() | st.sampled_from(["application/json", "text/html", "text/plain; charset=bogus"])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)
bodies = (
    st.binary(max_size=256)
    | json_values.map(lambda value: json.dumps(value).encode())
    | st.integers(0, 3000).map(lambda depth: b"[" * depth + b"]" * depth)
    | st.just(database().body)
    | st.just(gzip.compress(database().body))
    | st.just(json.dumps({"errors": 5}).encode())
)

OPERATIONS: dict[str, Callable[[Any], Any]] = {
    "get": lambda c: c.databases.get(DB),
    "create": lambda c: c.databases.create(name="db", cloud_provider="AWS", region="us-east-2", wait=False),
    "terminate": lambda c: c.databases.terminate(DB, wait=False),
    "role": lambda c: c.roles.get("role-1"),
    "delete role": lambda c: c.roles.delete("role-1"),
    "datacenters": lambda c: c.datacenters.list(DB),
}


@pytest.fixture(scope="module")
def server() -> Iterator[Hostile]:
    with serve() as hostile:
        yield hostile


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    headers: dict[str, str] = {}
    for name, strategy in (
        ("Retry-After", retry_after),
        ("Content-Encoding", encodings),
        ("Content-Type", content_types),
    ):
        value = draw(strategy)
        if value is not None:
            headers[name] = value
    return Answer(draw(statuses), headers, draw(bodies))


@pytest.mark.parametrize("mode", ["sync", "async"])
@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(answer=answers(), operation=st.sampled_from(sorted(OPERATIONS)))
def test_every_call_ends_in_time_in_a_result_or_a_typed_error(
    server: Hostile, mode: str, answer: Answer, operation: str
) -> None:
    server.script = lambda seen: answer
    outcome, seconds = run(mode, server.url, OPERATIONS[operation], timeout=TIMEOUT, max_retries=MAX_RETRIES)
    assert not isinstance(outcome, Exception) or isinstance(outcome, errors.AstraDevOpsError), repr(outcome)
    assert seconds < BOUND, (seconds, answer)
