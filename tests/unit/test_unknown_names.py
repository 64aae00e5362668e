"""A guessed method name fails with the names the resource group has, the closest first
(issue 31: `organizations.get` and `access_lists.lst` were guesses a newcomer made)."""

from __future__ import annotations

import asyncio

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


def test_arguments_a_method_does_not_take_name_the_methods_that_take_them(
    client: AstraDevOps | AsyncAstraDevOps,
) -> None:
    """`access_lists.list(db_id)` was the other guess: the organization's lists take no id, a
    database's access list is `get(database_id)`. Nothing is sent (the base URL refuses connections)."""
    with pytest.raises(TypeError) as caught:
        call = client.access_lists.list("db-1")  # type: ignore[call-arg]
        if not isinstance(client, AstraDevOps):
            asyncio.run(call)
    assert str(caught.value).endswith("did you mean delete(database_id, addresses) or get(database_id)?")


def test_an_error_inside_a_method_is_not_taken_for_a_misfit() -> None:
    client = AstraDevOps(token="AstraCS:names", base_url="http://127.0.0.1:9")
    with client, pytest.raises(TypeError) as caught:
        client.access_lists.add("db-1", 5)  # type: ignore[arg-type]
    assert "did you mean" not in str(caught.value)
