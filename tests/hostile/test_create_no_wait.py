"""Issue 21, class 8, for `databases.create(wait=False)`: its one read of the new database waits
out a 404 in the window after the create (terraform-provider-astra #222), bounded like a wait."""

from __future__ import annotations

from typing import Any

import pytest

from astra_devops import _wait, errors
from astra_devops.testing import FakeAstra

from .test_round2_inputs import NEW_DATABASE, in_mode, polls


def posts(fake: FakeAstra) -> int:
    return sum(1 for request in fake.requests if request.method == "POST")


def create_no_wait(**options: Any) -> Any:
    return lambda fake, client: client.databases.create(**NEW_DATABASE, wait=False, **options)


def test_without_a_window_the_new_database_is_read_once(mode: str) -> None:
    fake = FakeAstra()
    outcome, seconds = in_mode(mode, fake, create_no_wait())
    assert not isinstance(outcome, Exception), repr(outcome)
    assert outcome.id in fake.databases and outcome.info.name == "db"
    assert (posts(fake), polls(fake, "database")) == (1, 1) and seconds < 10


def test_the_read_after_a_create_waits_through_a_404_window(mode: str) -> None:
    fake = FakeAstra()
    fake.hide_next("database", 3)
    outcome, seconds = in_mode(mode, fake, create_no_wait(poll_interval=0))
    assert not isinstance(outcome, Exception), repr(outcome)
    assert outcome.id in fake.databases and fake.world.unseen == {}
    assert (posts(fake), polls(fake, "database")) == (1, 4) and seconds < 10


def test_a_database_still_missing_after_the_grace_is_gone(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_wait, "CREATE_GRACE", 0.3)
    fake = FakeAstra()
    fake.hide_next("database", 10_000)
    outcome, seconds = in_mode(mode, fake, create_no_wait(poll_interval=0.02))
    assert isinstance(outcome, errors.OperationFailedError) and outcome.status == "gone", repr(outcome)
    assert posts(fake) == 1 and polls(fake, "database") > 2 and seconds < 10


def test_a_timeout_shorter_than_the_grace_ends_the_read(mode: str) -> None:
    fake = FakeAstra()
    fake.hide_next("database", 10_000)
    outcome, seconds = in_mode(mode, fake, create_no_wait(timeout=0.3, poll_interval=0.02))
    assert isinstance(outcome, errors.WaitTimeoutError), repr(outcome)
    assert outcome.last_status == _wait.NOT_VISIBLE and posts(fake) == 1 and seconds < 10
