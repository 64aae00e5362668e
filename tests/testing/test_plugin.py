"""The pytest plugin, as a user meets it: the examples of docs/testing.md (read from the page) run under
pytester with pytest-asyncio in strict and in auto mode, under anyio, and beside pytest-django with
Django configured (whose own `client` fixture then stays Django's)."""

import asyncio
import re
import time
from pathlib import Path

import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops._wait import FIRST_INTERVAL
from astra_devops.testing import FakeAstra

GUIDE = (Path(__file__).resolve().parents[2] / "docs" / "testing.md").read_text()
_BLOCKS = re.findall(r"```python\n(.*?)```", GUIDE, re.DOTALL)
SYNC_EXAMPLE = next(block for block in _BLOCKS if "def test_terminates_only" in block)
ASYNC_EXAMPLE = next(block for block in _BLOCKS if "async def test_async_client" in block)

QUIET = ("-p", "no:schemathesis")  # its plugin is slow to import and plays no part here
DJANGO_SETTINGS = 'SECRET_KEY = "test"\nINSTALLED_APPS = []\nDATABASES = {}\n'
DJANGO_TEST = """
def test_django_keeps_its_client(client):
    assert type(client).__module__ == "django.test.client"
"""


def run(pytester: pytest.Pytester, *options: str) -> pytest.RunResult:
    return pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", "-p", "no:django", *QUIET, *options)


@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_readme_examples_under_pytest_asyncio(pytester: pytest.Pytester, mode: str) -> None:
    pytester.makepyfile(test_sync=SYNC_EXAMPLE, test_async=ASYNC_EXAMPLE)
    result = run(
        pytester, "-o", f"asyncio_mode={mode}", "-W", "error::pytest.PytestUnraisableExceptionWarning"
    )
    result.assert_outcomes(passed=3)


def test_readme_async_example_in_auto_mode_needs_no_marker(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_async=ASYNC_EXAMPLE.replace("@pytest.mark.asyncio\n", ""))
    run(pytester, "-o", "asyncio_mode=auto").assert_outcomes(passed=1)


def test_readme_async_example_under_anyio(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_async=ASYNC_EXAMPLE.replace("pytest.mark.asyncio", "pytest.mark.anyio"))
    run(pytester, "-p", "no:asyncio").assert_outcomes(passed=1)


def test_readme_examples_beside_pytest_django(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        django_settings=DJANGO_SETTINGS,
        test_sync=SYNC_EXAMPLE,
        test_async=ASYNC_EXAMPLE,
        test_django=DJANGO_TEST,
    )
    result = pytester.runpytest_subprocess(
        "-q", "-p", "no:cacheprovider", *QUIET, "--ds", "django_settings", "-o", "asyncio_mode=strict"
    )
    result.assert_outcomes(passed=4)


def test_a_users_own_client_fixture_is_left_alone(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_own="""
import pytest

@pytest.fixture
def client():
    return "mine"

def test_mine(client, astra_client):
    assert client == "mine" and astra_client.organizations.current().id
"""
    )
    run(pytester).assert_outcomes(passed=1)


def test_the_clients_wait_on_the_fakes_clock_not_the_wall_clock(
    fake_astra: FakeAstra, astra_client: AstraDevOps
) -> None:
    """A create without `poll_interval=0` polls with the client's usual pauses (1 s first), which the
    fixture's client spends on the fake's clock: none of them is slept."""
    before = fake_astra.now() - time.monotonic()
    database = astra_client.databases.create(name="db", cloud_provider="AWS", region="us-east-2")
    assert database.status == "ACTIVE"
    assert fake_astra.now() - time.monotonic() - before >= FIRST_INTERVAL


async def test_the_async_client_never_sleeps(
    fake_astra: FakeAstra, async_astra_client: AsyncAstraDevOps, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    real_sleep = asyncio.sleep

    async def recorded(seconds: float) -> None:
        slept.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr(asyncio, "sleep", recorded)
    database = await async_astra_client.databases.create(name="db", cloud_provider="AWS", region="us-east-2")
    assert database.status == "ACTIVE" and fake_astra.databases[database.id]["status"] == "ACTIVE"
    assert [seconds for seconds in slept if seconds > 0] == []


def _stuck(fake_astra: FakeAstra) -> None:
    fake_astra.advance_on_poll = False
    fake_astra.step_seconds = 1e9


def test_a_wait_that_never_arrives_ends_on_the_fakes_clock(
    fake_astra: FakeAstra, astra_client: AstraDevOps
) -> None:
    """The fixture's pauses move the fake's clock, and so does its deadline: a wait that never
    arrives ends after `timeout` of the fake's seconds, not after as many real seconds of polling."""
    database = astra_client.databases.create(name="db", cloud_provider="AWS", region="us-east-2", wait=False)
    _stuck(fake_astra)
    started, fake_started = time.monotonic(), fake_astra.now()
    with pytest.raises(errors.WaitTimeoutError) as caught:
        astra_client.databases.wait_for_status(database.id, "ACTIVE", timeout=120)
    assert time.monotonic() - started < 60 <= fake_astra.now() - fake_started
    assert caught.value.last_status == "INITIALIZING"


def test_an_async_wait_that_never_arrives_ends_on_the_fakes_clock(
    fake_astra: FakeAstra, async_astra_client: AsyncAstraDevOps
) -> None:
    async def stuck_wait() -> None:
        database = await async_astra_client.databases.create(
            name="db", cloud_provider="AWS", region="us-east-2", wait=False
        )
        _stuck(fake_astra)
        await async_astra_client.databases.wait_for_status(database.id, "ACTIVE", timeout=120)

    started, fake_started = time.monotonic(), fake_astra.now()
    with pytest.raises(errors.WaitTimeoutError) as caught:
        asyncio.run(stuck_wait())
    assert time.monotonic() - started < 60 <= fake_astra.now() - fake_started
    assert caught.value.last_status == "INITIALIZING"


def test_the_guides_example_of_the_fakes_state_passes(pytester: pytest.Pytester) -> None:
    (example,) = [block for block in _BLOCKS if "def test_the_fake_holds_what_the_client_made" in block]
    pytester.makepyfile(test_state=example)
    run(pytester).assert_outcomes(passed=1)
