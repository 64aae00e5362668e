"""The fake is as strict as the API: it refuses what the live API refuses, so tests cannot pass
on input that would fail for real; and a fault plan that could never fire is refused at once."""

import httpx
import pytest

from astra_devops import AstraDevOps, errors
from astra_devops.testing import FakeAstra

BASE = "https://api.astra.datastax.com"
DATABASE = {
    "name": "a",
    "cloudProvider": "AWS",
    "tier": "serverless",
    "capacityUnits": 1,
    "region": "us-east-2",
}


@pytest.fixture
def fake() -> FakeAstra:
    return FakeAstra()


@pytest.fixture
def http(fake: FakeAstra) -> httpx.Client:
    headers = {"Authorization": f"Bearer {fake.token}"}
    return httpx.Client(transport=fake.transport(), base_url=BASE, headers=headers)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"region": "mars-1"}, "region 'mars-1' is not available for AWS serverless"),
        ({"cloudProvider": "GCP"}, "region 'us-east-2' is not available for GCP serverless"),
        ({"tier": "C10", "region": "us-west-2"}, "region 'us-west-2' is not available for AWS C10"),
        ({"capacityUnits": 2}, "capacityUnits must be from 1 to 1 for tier serverless"),
        # Seed 001: classic tiers start with at most 12 capacity units (a resize reaches 100).
        ({"tier": "C10", "capacityUnits": 13}, "capacityUnits must be from 1 to 12 for tier C10"),
        ({"tier": "C10", "dbType": "vector"}, "dbType and pcuGroupUUID apply to serverless databases only"),
        ({"name": {"$ne": ""}}, "name is required"),
        ({"name": "a/b"}, "name must be 1 to 50"),
        ({"keyspace": "1-bad"}, "invalid keyspace name"),
        ({"dbType": "graph"}, "dbType must be vector or absent"),
    ],
)
def test_a_create_the_api_would_refuse_is_refused(http: httpx.Client, change: dict, complaint: str) -> None:  # type: ignore[type-arg]
    answer = http.post("/v2/databases", json={**DATABASE, **change})
    assert answer.status_code == 422 and complaint in answer.json()["errors"][0]["message"]


def test_the_client_sees_a_refused_region_as_a_typed_error(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    with pytest.raises(errors.APIStatusError) as caught:
        client.databases.create(name="db", cloud_provider="AWS", region="mars-1", wait=False)
    assert caught.value.status_code == 422 and fake_astra.databases == {}


def test_ids_must_exist(http: httpx.Client) -> None:
    assert http.get("/v2/databases/nope").status_code == 404
    assert http.post("/v2/databases/nope/keyspaces/ks").status_code == 404
    assert http.get("/v2/organizations/users/nope").status_code == 404
    assert http.post("/v2/pcus/park/nope").status_code == 400  # PCU operations document no 404
    assert http.get("/v2/scim/users/nope").status_code == 404


def test_classic_tiers_have_their_own_regions_and_capacity(http: httpx.Client) -> None:
    classic = {**DATABASE, "tier": "C10", "capacityUnits": 3, "region": "us-east-1"}
    assert http.post("/v2/databases", json=classic).status_code == 201
    offers = http.get("/v2/availableRegions").json()
    assert {"C10", "serverless"} <= {offer["tier"] for offer in offers}
    assert not any(o["tier"] == "C10" and o["region"] == "us-west-2" for o in offers)


@pytest.mark.parametrize(
    ("route", "faults", "message"),
    [
        ("GET /v2/database", [503], "no such route"),
        ("FETCH /v2/databases", [503], "no such route"),
        ("/v2/databases", [503], "a route is 'METHOD /path'"),
        ("GET /v2/databases", ["explode"], "unknown fault"),
        ("GET /v2/databases", [99], "unknown fault"),
        ("GET /v2/databases", 503, "faults must be a non-empty list"),
        ("GET /v2/databases", [], "faults must be a non-empty list"),
    ],
)
def test_a_fault_plan_that_could_never_fire_is_refused(
    fake: FakeAstra, route: str, faults: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        fake.fail(route, faults)  # type: ignore[arg-type]


def test_fault_routes_accept_templates_concrete_paths_and_any_method(
    fake: FakeAstra, http: httpx.Client
) -> None:
    fake.fail("GET /v2/databases/{id}", [503])
    fake.fail("* /v2/currentOrg", [429])
    fake.fail("GET /v2/organizations/roles/abc", [500])
    assert http.get("/v2/databases/any").status_code == 503
    assert http.get("/v2/currentOrg").status_code == 429
    assert http.get("/v2/organizations/roles/abc").status_code == 500
    assert http.get("/v2/currentOrg").status_code == 200


@pytest.mark.parametrize("probability", [0, 1.5, float("nan"), "0.5"])
def test_a_probability_must_be_a_chance(fake: FakeAstra, probability: object) -> None:
    with pytest.raises(ValueError, match="probability"):
        fake.fail("GET /v2/currentOrg", [503], probability=probability)  # type: ignore[arg-type]


@pytest.mark.parametrize("seconds", [-1, float("inf"), float("nan"), True])
def test_a_latency_must_be_finite(fake: FakeAstra, seconds: object) -> None:
    with pytest.raises(ValueError, match="latency"):
        fake.delay("GET /v2/currentOrg", seconds)  # type: ignore[arg-type]
