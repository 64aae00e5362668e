"""The nesting cap on every answer: the fast path (pairs removed a layer at a time) refuses exactly
what the running sum over every bracket refuses, strings included (issue 8: deeply nested JSON)."""

from itertools import accumulate

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from astra_devops import errors
from astra_devops._constants import MAX_JSON_DEPTH
from astra_devops._transport import json_body

REQUEST = httpx.Request("GET", "https://api.astra.datastax.com/v2/databases")


def _refused(content: bytes) -> bool:
    try:
        json_body(httpx.Response(200, content=content, request=REQUEST))
    except errors.APIResponseValidationError as exc:
        return "nested deeper" in str(exc)
    return False


def _deeper_than_the_cap(content: bytes) -> bool:
    steps = [1 if byte in b"[{" else -1 if byte in b"]}" else 0 for byte in content]
    return max(accumulate(steps), default=0) > MAX_JSON_DEPTH


def _nested(depth: int, opener: str = "[", closer: str = "]") -> bytes:
    return (opener * depth + closer * depth).encode()


@pytest.mark.parametrize(("depth", "refused"), [(MAX_JSON_DEPTH, False), (MAX_JSON_DEPTH + 1, True)])
def test_the_cap_is_exact_for_arrays_and_alternating_objects(depth: int, refused: bool) -> None:
    alternating = ('{"a":[' * (depth // 2) + "{}" * (depth % 2) + "]}" * (depth // 2)).encode()
    assert _refused(_nested(depth)) is refused
    assert _refused(alternating) is refused


def test_a_wide_shallow_page_is_read() -> None:
    page = b"[" + b",".join(b'{"id":"%d","info":{"tags":["a",[]]}}' % index for index in range(5000)) + b"]"
    assert len(json_body(httpx.Response(200, content=page, request=REQUEST))) == 5000


def test_unpaired_brackets_inside_strings_count_as_before() -> None:
    """Sixty-five strings each holding an opening bracket read as nesting 66 deep, as the running sum
    says; the same strings closed again are read."""
    opened = ("[" + ",".join(['"x["'] * (MAX_JSON_DEPTH + 1)) + "]").encode()
    closed = ("[" + ",".join(['"x[]"'] * (MAX_JSON_DEPTH + 1)) + "]").encode()
    assert _refused(opened) and _deeper_than_the_cap(opened)
    assert not _refused(closed)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(b"[]{}x")), max_size=400), st.integers(0, 80))
def test_the_fast_path_agrees_with_the_running_sum(tail: list[int], depth: int) -> None:
    content = _nested(depth, "{", "}")[:depth] + bytes(tail) + _nested(depth, "{", "}")[depth:]
    assert _refused(content) is _deeper_than_the_cap(content)
