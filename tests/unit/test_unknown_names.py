"""A guessed method name fails with the names the resource group has, the closest first
(issue 31: `organizations.get` and `access_lists.lst` were guesses a newcomer made)."""

from __future__ import annotations

import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps


@pytest.fixture(params=[AstraDevOps, AsyncAstraDevOps])
def client(request: pytest.FixtureRequest) -> AstraDevOps | AsyncAstraDevOps:
    made: AstraDevOps | AsyncAstraDevOps = request.param(token="AstraCS:names", base_url="http://127.0.0.1:9")
    return made


def _error(group: object, name: str) -> AttributeError:
    with pytest.raises(AttributeError) as caught:
        getattr(group, name)
    assert caught.value.name == name and caught.value.obj is group
    return caught.value


def test_a_name_with_no_close_match_lists_every_method(client: AstraDevOps | AsyncAstraDevOps) -> None:
    message = str(_error(client.organizations, "get"))
    assert message.startswith(f"{type(client.organizations).__name__!r} object has no attribute 'get'; ")
    assert message.endswith("has: current, with_raw_response")


def test_a_misspelt_name_is_suggested_first(client: AstraDevOps | AsyncAstraDevOps) -> None:
    message = str(_error(client.databases, "termnate"))
    assert "did you mean 'terminate'?" in message
    assert str(_error(client.access_lists, "lst")).split("; ")[1].startswith("did you mean 'list'?")


def test_private_names_and_probes_stay_plain(client: AstraDevOps | AsyncAstraDevOps) -> None:
    assert (
        str(_error(client.databases, "_missing"))
        == f"{type(client.databases).__name__!r} object has no attribute '_missing'"
    )
    assert getattr(client.databases, "missing", None) is None and hasattr(client.databases, "get")
