"""For any hostile answer (status, Retry-After, Content-Encoding, body bytes, a token echoed in the
body or a header, raw or JSON-escaped), every call ends in time, in a result or in an
AstraDevOpsError that carries no token: never a raw exception, never a hang. The same holds in a
process forked from one whose client has already sent."""

from __future__ import annotations

import gzip
import json
import os
import pickle
import signal
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from astra_devops import AstraDevOps, errors

from .conftest import DB, TOKEN, database, run
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
ESCAPED = "".join(f"\\u{ord(char):04x}" if index % 2 else char for index, char in enumerate(TOKEN))
echoes = st.sampled_from([TOKEN, ESCAPED, f"Bearer {TOKEN}"])
echoed_bodies = echoes.map(
    lambda echo: f'{{"errors": [{{"message": "{echo}"}}], "message": "{echo}"}}'.encode()
)
bodies = (
    st.binary(max_size=256)
    | echoed_bodies
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
        ("X-Echo", st.none() | echoes),
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
    if isinstance(outcome, errors.AstraDevOpsError):
        shown = str(outcome) + repr(vars(outcome)) + repr(getattr(outcome.response, "headers", None))
        data = pickle.dumps(outcome)
        assert TOKEN not in shown and ESCAPED not in shown, shown
        assert TOKEN.encode() not in data and ESCAPED.encode() not in data


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
@settings(
    max_examples=10,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(answer=answers(), operation=st.sampled_from(sorted(OPERATIONS)))
def test_a_forked_child_ends_in_time_in_a_result_or_a_typed_error(
    server: Hostile, answer: Answer, operation: str
) -> None:
    """The parent's client has sent (its pool is open) before the fork; the child uses the same client."""
    server.script = lambda seen: answer
    client = AstraDevOps(token=TOKEN, base_url=server.url, timeout=TIMEOUT, max_retries=MAX_RETRIES)
    try:
        assert _outcome_kind(lambda: OPERATIONS[operation](client)) in ("result", "typed")
        start = time.monotonic()
        kind = _in_child(lambda: _outcome_kind(lambda: OPERATIONS[operation](client)))
    finally:
        client.close()
    assert kind in ("result", "typed"), (kind, answer)
    assert time.monotonic() - start < BOUND + 1, answer


def _outcome_kind(call: Callable[[], Any]) -> str:
    try:
        call()
    except errors.AstraDevOpsError:
        return "typed"
    except Exception as exc:
        return f"raw {type(exc).__name__}"
    return "result"


def _in_child(call: Callable[[], str]) -> str:
    """`call()` in a forked child, its answer read from a pipe; the child is killed after 30 s."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.write(writer, call().encode())
        finally:
            os._exit(0)
    os.close(writer)
    deadline = time.monotonic() + 30
    while os.waitpid(pid, os.WNOHANG) == (0, 0):
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            break
        time.sleep(0.02)
    with os.fdopen(reader, "rb") as pipe:
        return pipe.read().decode()
