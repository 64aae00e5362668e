"""The pytest plugin, as a user meets it: the examples of docs/testing.md (read from the page) run under
pytester with pytest-asyncio in strict and in auto mode, under anyio, and beside pytest-django with
Django configured (whose own `client` fixture then stays Django's)."""

import re
from pathlib import Path

import pytest

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
