"""Per-call settings, the re-exported models, and the datacenter id whatever its wire spelling."""

import httpx
import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, _quirks, errors
from astra_devops.testing import FakeAstra


def test_with_options_sets_a_timeout_for_the_calls_made_through_it(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    seen: list[dict[str, float]] = []
    http = httpx.Client(
        transport=fake_astra.transport(),
        event_hooks={"request": [lambda request: seen.append(request.extensions["timeout"])]},
    )
    base = AstraDevOps(token=fake_astra.token, base_url="https://api.astra.datastax.com", http_client=http)
    base.organizations.current()
    base.with_options(timeout=2.5).organizations.current()
    base.organizations.current()
    assert [entry["read"] for entry in seen] == [30.0, 2.5, 30.0]
    assert seen[1]["connect"] == 2.5


def test_with_options_sets_retries_and_shares_the_pool(fake_astra: FakeAstra) -> None:
    base = AstraDevOps(
        token=fake_astra.token,
        base_url="https://api.astra.datastax.com",
        http_client=httpx.Client(transport=fake_astra.transport()),
    )
    base._http._sleep = lambda seconds: None
    patient = base.with_options(max_retries=5)
    assert patient._http._http is base._http._http
    fake_astra.fail("GET /v2/currentOrg", [503] * 4)
    assert patient.organizations.current().id == fake_astra.org.id
    fake_astra.fail("GET /v2/currentOrg", [503] * 3)
    with pytest.raises(errors.InternalServerError):
        base.organizations.current()
    patient.close()
    assert base.organizations.current().id == fake_astra.org.id
    with pytest.raises(errors.ConfigurationError):
        base.with_options(max_retries=-1)


async def test_async_with_options(async_client: AsyncAstraDevOps, fake_astra: FakeAstra) -> None:
    quick = async_client.with_options(timeout=1.0)
    assert quick._http.timeout.read == 1.0
    assert (await quick.organizations.current()).id == fake_astra.org.id


def test_models_are_the_generated_ones_re_exported() -> None:
    from astra_devops_api.models import Database as Generated

    from astra_devops.models import Database, Policy

    assert Database is Generated and Policy.__module__.startswith("astra_devops_api.models")
    with pytest.raises(ImportError):
        from astra_devops.models import NoSuchModel  # noqa: F401


@pytest.mark.parametrize("key", ["datcenterID", "datacenterID", "datacenterId", "datacenter_id"])
def test_the_datacenter_id_is_read_whatever_the_wire_spelling(key: str) -> None:
    entry = {"downloadURL": "https://s/b.zip", key: "dc-7"}
    assert _quirks.datacenter_id(entry) == "dc-7"
    assert _quirks.datacenter_keys(entry)["datcenterID"] == "dc-7"


def test_the_database_id_comes_from_location_in_any_form() -> None:
    assert _quirks.database_id_from_location("abc-0") == "abc-0"  # the live API's: the bare id
    assert _quirks.database_id_from_location("https://api.astra.datastax.com/v2/databases/abc-1") == "abc-1"
    assert _quirks.database_id_from_location("/v2/databases/abc-2/") == "abc-2"
