"""The fake answers what peer clients send and read as the live API does (docs/quirks.md, issue 30):
the create's `Location` is the bare id, cloud providers come in any casing where the live API takes
them, and a database carries `info.keyspaces` and `info.datacenters`, which peers read."""

import httpx
import pytest

from astra_devops.testing import FakeAstra

BASE = "https://api.astra.datastax.com"
NEW_DATABASE = {
    "name": "a",
    "cloudProvider": "AWS",
    "tier": "serverless",
    "capacityUnits": 1,
    "region": "us-east-1",
}


@pytest.fixture
def fake() -> FakeAstra:
    return FakeAstra()


@pytest.fixture
def http(fake: FakeAstra) -> httpx.Client:
    headers = {"Authorization": f"Bearer {fake.token}"}
    return httpx.Client(transport=fake.transport(), base_url=BASE, headers=headers)


def test_location_is_the_bare_id_a_read_takes_as_it_is(fake: FakeAstra, http: httpx.Client) -> None:
    """terraform-provider-astra (resource_database.go) and astrapy (admin.py) read the database at
    `/v2/databases/` + the header's value."""
    location = http.post("/v2/databases", json=NEW_DATABASE).headers["Location"]
    assert list(fake.databases) == [location]
    assert http.get(f"/v2/databases/{location}").json()["id"] == location


@pytest.mark.parametrize("spelling", ["aws", "Aws", "AWS", "aWS"])
def test_a_database_is_created_in_any_casing_of_its_provider(
    fake: FakeAstra, http: httpx.Client, spelling: str
) -> None:
    """terraform-provider-astra sends the user's spelling, validated ignoring case ("aws", "gcp",
    "azure"); astrapy documents lower case. The database answers in upper case."""
    location = http.post("/v2/databases", json={**NEW_DATABASE, "cloudProvider": spelling}).headers[
        "Location"
    ]
    info = http.get(f"/v2/databases/{location}").json()["info"]
    assert (info["cloudProvider"], info["datacenters"][0]["cloudProvider"]) == ("AWS", "AWS")


@pytest.mark.parametrize("provider", ["ibm", "aws ", " AWS", "amazon", "", None, 1, ["aws"]])
def test_a_provider_the_api_does_not_have_is_still_refused(http: httpx.Client, provider: object) -> None:
    answer = http.post("/v2/databases", json={**NEW_DATABASE, "cloudProvider": provider})
    assert answer.status_code == 422
    assert "cloudProvider must be one of AWS, GCP, AZURE" in answer.json()["errors"][0]["message"]


def test_a_datacenter_is_added_in_lower_case_as_terraform_sends_it(
    fake: FakeAstra, http: httpx.Client
) -> None:
    """terraform-provider-astra's addRegionsToDatabase: the database's provider as the user spelled
    it, tier serverless, no capacity units, and the empty `status` its client's struct always sends."""
    location = http.post("/v2/databases", json=NEW_DATABASE).headers["Location"]
    http.get(f"/v2/databases/{location}")
    http.get(f"/v2/databases/{location}")
    entry = {"cloudProvider": "aws", "region": "us-west-2", "tier": "serverless", "status": ""}
    assert http.post(f"/v2/databases/{location}/datacenters", json=[entry]).status_code == 201
    http.get(f"/v2/databases/{location}")
    listed = http.get(f"/v2/databases/{location}/datacenters").json()
    assert [(dc["cloudProvider"], dc["region"]) for dc in listed] == [
        ("AWS", "us-east-1"),
        ("AWS", "us-west-2"),
    ]
    refused = http.post(f"/v2/databases/{location}/datacenters", json=[{**entry, "cloudProvider": "ibm"}])
    assert refused.status_code == 400


def test_a_list_filters_by_provider_in_any_casing(http: httpx.Client) -> None:
    http.post("/v2/databases", json=NEW_DATABASE)
    assert len(http.get("/v2/databases", params={"provider": "aws"}).json()) == 1
    assert http.get("/v2/databases", params={"provider": "gcp"}).json() == []


def test_a_database_lists_its_keyspaces_and_datacenters_in_info(fake: FakeAstra, http: httpx.Client) -> None:
    """astrapy (AstraDBAdminDatabaseInfo: `raw_dict["info"]["datacenters"]`, list_keyspaces:
    `info.keyspaces`), astra-db-ts (buildAstraDatabaseAdminInfo) and terraform-provider-astra
    (flattenDatabase: `db.Info.Datacenters`) read these from every database."""
    location = http.post("/v2/databases", json={**NEW_DATABASE, "keyspace": "first"}).headers["Location"]
    for _ in range(2):
        http.get(f"/v2/databases/{location}")
    assert http.post(f"/v2/databases/{location}/keyspaces/second").status_code == 201
    info = http.get(f"/v2/databases/{location}").json()["info"]
    assert info["keyspaces"] == ["first", "second"] and info["additionalKeyspaces"] == ["second"]
    assert [dc["id"] for dc in info["datacenters"]] == [
        dc["id"] for dc in fake.databases[location].datacenters
    ]
    assert http.get("/v2/databases").json()[0]["info"]["keyspaces"] == ["first", "second"]
