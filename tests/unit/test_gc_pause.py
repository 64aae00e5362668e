"""Long lists are parsed with the cyclic GC paused; the GC state comes back as it was, whatever happens."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Mapping
from typing import Any, Self

import httpx
import pytest

from astra_devops._parsing import GC_PAUSE_FROM, gc_paused, parse_models
from astra_devops.errors import APIResponseValidationError

RESPONSE = httpx.Response(200, request=httpx.Request("GET", "https://api.astra.datastax.com/v2/x"))
WAIT = 10


class Seen:
    """A model that records whether the GC was on when it was built."""

    def __init__(self, gc_on: bool) -> None:
        self.gc_on = gc_on

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls(src_dict["n"] >= 0 and gc.isenabled())


@pytest.fixture(autouse=True)
def gc_back_on() -> Iterator[None]:
    yield
    gc.enable()


def items(count: int) -> list[dict[str, int]]:
    return [{"n": index} for index in range(count)]


def test_a_long_list_is_built_with_the_gc_paused_and_the_gc_is_back_on_after() -> None:
    built = parse_models(Seen, items(GC_PAUSE_FROM), RESPONSE)
    assert [model.gc_on for model in built] == [False] * GC_PAUSE_FROM
    assert gc.isenabled()


def test_a_short_list_leaves_the_gc_alone() -> None:
    built = parse_models(Seen, items(GC_PAUSE_FROM - 1), RESPONSE)
    assert all(model.gc_on for model in built)


def test_a_bad_item_raises_the_validation_error_and_the_gc_is_back_on() -> None:
    body: list[Any] = [*items(GC_PAUSE_FROM), {"no n": 1}]
    with pytest.raises(APIResponseValidationError, match="Seen"):
        parse_models(Seen, body, RESPONSE)
    assert gc.isenabled()


def test_a_gc_the_application_turned_off_stays_off() -> None:
    gc.disable()
    parse_models(Seen, items(GC_PAUSE_FROM), RESPONSE)
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert not gc.isenabled()


def test_the_last_thread_out_of_overlapping_pauses_turns_the_gc_back_on() -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with gc_paused():
            first_in.set()
            second_in.wait(WAIT)
        first_out.set()

    def second() -> None:
        first_in.wait(WAIT)
        with gc_paused():
            second_in.set()
            first_out.wait(WAIT)
            seen["after the first left"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    assert first_out.is_set()
    assert seen == {"after the first left": False}
    assert gc.isenabled()
