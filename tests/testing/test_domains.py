"""Round trips through each stateful domain of the fake, with raw httpx, in the live shapes."""

from collections.abc import Callable

import httpx
import pytest

from astra_devops.testing import FakeAstra

BASE = "https://api.astra.datastax.com"
DATABASE = {
    "name": "a",
    "cloudProvider": "AWS",
    "tier": "serverless",
    "capacityUnits": 1,
    "region": "us-east-2",
}
PULSAR = {"pulsar": {"endpoint": "pulsar+ssl://p:6651", "topic": "t", "auth_strategy": "token", "token": "x"}}


@pytest.fixture
def fake() -> FakeAstra:
    return FakeAstra()


@pytest.fixture
def http(fake: FakeAstra) -> httpx.Client:
    headers = {"Authorization": f"Bearer {fake.token}"}
    return httpx.Client(transport=fake.transport(), base_url=BASE, headers=headers)


@pytest.fixture
def database(http: httpx.Client) -> str:
    return active(http, DATABASE)


def active(http: httpx.Client, body: dict[str, object]) -> str:
    database_id = http.post("/v2/databases", json=body).headers["Location"].rsplit("/", 1)[-1]
    until(lambda: http.get(f"/v2/databases/{database_id}").json()["status"], "ACTIVE")
    return database_id


def until(read: Callable[[], object], wanted: object, polls: int = 10) -> list[object]:
    """Poll (each read advances the fake one step) until `wanted`; the statuses seen on the way."""
    seen = [read()]
    while seen[-1] != wanted and len(seen) < polls:
        seen.append(read())
    assert seen[-1] == wanted, seen
    return seen


def test_roles_round_trip(http: httpx.Client) -> None:
    policy = {
        "description": "d",
        "resources": ["drn:astra:org:x"],
        "actions": ["org-read"],
        "effect": "allow",
    }
    created = http.post("/v2/organizations/roles", json={"name": "ops", "policy": policy})
    assert created.status_code == 201 and isinstance(created.json()["Policy"], str)
    role_id = created.json()["ID"]
    assert http.post("/v2/organizations/roles", json={"name": "ops", "policy": policy}).status_code == 409
    renamed = http.put(f"/v2/organizations/roles/{role_id}", json={"name": "ops2", "policy": policy})
    assert (
        renamed.json()["Name"] == "ops2"
        and http.get(f"/v2/organizations/roles/{role_id}").json()["Name"] == "ops2"
    )
    bad = {**policy, "actions": ["org-everything"]}
    assert http.post("/v2/organizations/roles", json={"name": "x", "policy": bad}).status_code == 400
    assert http.delete(f"/v2/organizations/roles/{role_id}").status_code == 204
    assert http.get(f"/v2/organizations/roles/{role_id}").status_code == 404


def test_users_and_tokens_round_trip(http: httpx.Client) -> None:
    role_id = http.get("/v2/organizations/roles").json()[0]["ID"]
    assert http.put("/v2/organizations/users", json={"email": "a@b.c", "roles": [role_id]}).status_code == 200
    users = http.get("/v2/organizations/users").json()
    invited = next(user for user in users["Users"] if user["Email"] == "a@b.c")
    assert set(users) == {"OrgID", "OrgName", "Users"} and invited["Status"] == "invited"
    assert (
        http.put(f"/v2/organizations/users/{invited['UserID']}/roles", json={"roles": []}).status_code == 400
    )
    assert http.delete(f"/v2/organizations/users/{invited['UserID']}").status_code == 204
    token = http.post("/v2/tokens", json={"roles": [role_id]}).json()
    assert token["token"].startswith("AstraCS:") and token["generatedOn"]
    listed = http.get("/v2/clientIdSecrets").json()["clients"]
    assert token["clientId"] in [client["clientId"] for client in listed]
    assert all("token" not in client for client in listed)
    assert http.delete("/v2/tokens", params={"clientId": token["clientId"]}).status_code == 200
    assert http.delete(f"/v2/clientIdSecrets/{token['clientId']}").status_code == 400


def test_access_lists_round_trip(http: httpx.Client, fake: FakeAstra, database: str) -> None:
    path = f"/v2/databases/{database}/access-list"
    entry = {"address": "10.0.0.0/8", "enabled": True, "description": "office"}
    assert http.post(path, json=[entry]).status_code == 204
    assert (
        http.put(
            path, json={"addresses": [entry], "configurations": {"accessListEnabled": False}}
        ).status_code
        == 204
    )
    got = http.get(path).json()
    assert (
        got["configurations"] == {"accessListEnabled": False}
        and got["addresses"][0]["address"] == "10.0.0.0/8"
    )
    assert http.post(path, json=[{"address": "not-an-ip"}]).status_code == 400
    assert http.post("/v2/access-list/validate", json=[{"address": "x"}]).json()["valid"] is False
    assert isinstance(http.post("/v2/access-list/template").json(), list)
    acl = f"/v2/organizations/{fake.org.id}/devops-acl"
    assert http.post(acl, json=[{"address": "1.2.3.4/32"}]).status_code == 201
    assert (
        http.patch(acl, json={"address": "1.2.3.4/32", "enabled": False}).json()["addresses"][0]["enabled"]
        is False
    )
    assert http.delete(acl).status_code == 202 and http.get(acl).json() == {"addresses": []}


def test_private_links_round_trip(http: httpx.Client, database: str) -> None:
    dc = http.get(f"/v2/databases/{database}/datacenters").json()[0]["id"]
    base = f"/v2/organizations/clusters/{database}/datacenters/{dc}"
    allowed = http.post(f"{base}/private-link", json={"allowedPrincipals": ["arn:aws:iam::1:role/a"]}).json()
    assert allowed["allowedPrincipals"] == ["arn:aws:iam::1:role/a"] and allowed["serviceName"]
    accepted = http.post(f"{base}/endpoints", json={"endpointID": "vpce-1", "description": "app"}).json()
    assert accepted["datacenters"][0]["endpoints"][0]["status"] == "Accepted"
    assert http.put(f"{base}/endpoints/vpce-1", json={"description": "new"}).json()["description"] == "new"
    clusters = http.get("/v2/organizations/private-link").json()["clusters"]
    assert clusters[0]["databaseID"] == database
    assert http.delete(f"{base}/endpoints/vpce-1").status_code == 204
    assert http.get(f"{base}/endpoints/vpce-1").status_code == 404
    gone = http.request(
        "DELETE", f"{base}/allowed-principals", json={"allowedPrincipal": "arn:aws:iam::1:role/a"}
    )
    assert gone.status_code == 204 and http.get(f"{base}/private-link").json()["allowedPrincipals"] == []


def test_keys_domains_and_peering(http: httpx.Client, database: str) -> None:
    assert http.post("/v2/kms", json={"aws": {"keyID": "arn:k", "region": "us-east-2"}}).status_code == 200
    assert http.get("/v2/kms").json()[0]["KeyID"] == "arn:k"
    assert http.get("/v2/kms/provider/aws/region/us-east-2").json()["aws"]["keyID"] == "arn:k"
    assert http.get("/v2/kms/classic/provider/aws/region/us-east-2").status_code == 404
    assert http.post("/v2/kms", json={"aws": {"keyID": "k", "region": "mars-1"}}).status_code == 400
    assert http.post("/v2/organizations/customDomains", json=["db.example.com"]).status_code == 202
    assert http.get("/v2/organizations/customDomains").json() == ["db.example.com"]
    peering = f"/v2/peering/provider/aws/database/{database}"
    vpc = {"accountId": "1", "vpcId": "vpc-1", "region": "us-east-2", "cidrBlock": "10.1.0.0/16"}
    assert http.post(peering, json=vpc).json()["otherVpc"]["vpcId"] == "vpc-1"
    assert http.get(peering).json()["status"] == "PENDING_ACCEPTANCE"
    assert http.post(f"/v2/peering/provider/gcp/database/{database}", json=vpc).status_code == 404
    assert http.post(peering, json={"accountId": "1"}).status_code == 400
    assert http.delete(peering).status_code == 204 and http.get(peering).status_code == 404


def test_cdc_telemetry_and_audit_logs(http: httpx.Client, fake: FakeAstra, database: str) -> None:
    dc = http.get(f"/v2/databases/{database}/datacenters").json()[0]["id"]
    region = {
        "datacenterID": dc,
        "datacenterRegion": "us-east-2",
        "streamingClusterName": "c",
        "streamingTenantName": "t",
    }
    table = {"keyspaceName": "default_keyspace", "tableName": "t1"}
    cdc = f"/v3/databases/{database}/cdc"
    assert (
        http.post(cdc, json={"databaseName": "a", "tables": [table], "regions": [region]}).status_code == 201
    )
    assert http.get(cdc).json()["tables"] == [table]
    status = http.get(f"/v3/databases/{database}/keyspaces/default_keyspace/tables/t1/cdc").json()
    assert status[0]["status"] == "Running"
    missing = {"keyspaceName": "nope", "tableName": "t"}
    assert (
        http.post(cdc, json={"databaseName": "a", "tables": [missing], "regions": [region]}).status_code
        == 404
    )
    assert http.request("DELETE", cdc, json={"databaseID": database, "tables": [table]}).status_code == 204
    assert http.get(cdc).status_code == 404
    metrics = f"/v2/databases/{database}/telemetry/metrics"
    assert http.post(metrics, json={"Datadog": {"api_key": "k"}}).status_code == 202
    assert http.get(metrics).json() == {"Datadog": {"api_key": "k"}}
    assert http.post(metrics, json={"kafka": {"topic": "t"}}).status_code == 400
    audit = f"/v2/organizations/{fake.org.id}/telemetry/auditLogs"
    assert http.post(audit, json=PULSAR).status_code == 202 and http.get(audit).json() == PULSAR
    assert http.delete(audit).status_code == 202 and http.get(audit).status_code == 404


def test_pcu_groups_park_their_databases(http: httpx.Client, fake: FakeAstra) -> None:
    group = {"title": "g", "cloudProvider": "AWS", "region": "us-east-2", "min": 1, "max": 2}
    created = http.post("/v2/pcus", json=[group])
    assert created.status_code == 201 and created.json()[0]["status"] == "CREATING"
    group_id = created.json()[0]["uuid"]
    read = lambda: http.post("/v2/pcus/actions/get", json={"pcuGroupUUIDs": [group_id]}).json()[0]["status"]  # noqa: E731
    until(read, "ACTIVE")
    database = active(http, {**DATABASE, "pcuGroupUUID": group_id})
    dc = http.get(f"/v2/databases/{database}/datacenters").json()[0]["id"]
    assert http.get(f"/v2/pcus/association/{group_id}").json()[0]["datacenterUUID"] == dc
    assert (
        http.post(
            "/v2/databases", json={**DATABASE, "region": "us-east-1", "pcuGroupUUID": group_id}
        ).status_code
        == 400
    )
    assert http.post(f"/v2/pcus/park/{group_id}").status_code == 200
    assert until(read, "PARKED") == ["PARKED"]
    assert until(lambda: http.get(f"/v2/databases/{database}").json()["status"], "PARKED")
    assert http.post(f"/v2/pcus/park/{group_id}").status_code == 400
    assert http.post(f"/v2/pcus/unpark/{group_id}").status_code == 200
    until(lambda: http.get(f"/v2/databases/{database}").json()["status"], "ACTIVE")
    assert http.delete(f"/v2/pcus/{group_id}").status_code == 400
    assert http.delete(f"/v2/pcus/association/{group_id}/{dc}").status_code == 200
    assert http.delete(f"/v2/pcus/{group_id}").status_code == 200


def test_scim_users_and_groups(http: httpx.Client) -> None:
    user = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "ann", "active": True}
    created = http.post("/v2/scim/users", json=user)
    assert created.status_code == 201 and created.headers["Content-Type"] == "application/scim+json"
    user_id = created.json()["id"]
    assert http.post("/v2/scim/users", json=user).status_code == 409
    patch = {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "active", "value": False}],
    }
    assert http.patch(f"/v2/scim/users/{user_id}", json=patch).json()["active"] is False
    assert http.get("/v2/scim/users", params={"filter": 'userName eq "ann"'}).json()["totalResults"] == 1
    group = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        "displayName": "ops",
        "members": [{"value": user_id}],
    }
    group_id = http.post("/v2/scim/groups", json=group).json()["id"]
    assert http.get(f"/v2/scim/groups/{group_id}").json()["members"][0]["display"] == "ann"
    assert http.delete(f"/v2/scim/users/{user_id}").status_code == 204
    assert http.get(f"/v2/scim/groups/{group_id}").json()["members"] == []


def test_migrations_progress_per_poll(http: httpx.Client, database: str) -> None:
    migration = http.post(f"/v2/databases/{database}/migrations/initialize").json()
    path = f"/v2/databases/{database}/migrations/{migration['migrationID']}"

    def status() -> object:
        return http.get(path).json()["status"]

    assert migration["status"] == "INITIALIZING" and status() == "READY"
    launch = http.post(f"/v2/databases/{database}/migrations/{migration['migrationID']}/launch")
    assert launch.json()["status"] == "STARTING"
    assert until(status, "DONE") == ["IN_PROGRESS", "DONE"]
    assert (
        http.post(f"/v2/databases/{database}/migrations/{migration['migrationID']}/pause").status_code == 409
    )


def test_clone_and_restore_keep_the_target_in_maintenance(http: httpx.Client, database: str) -> None:
    target = active(http, {**DATABASE, "name": "b"})
    snapshot = http.get(f"/v2/databases/{database}/snapshots").json()["snapshots"][0]["id"]
    assert (
        http.post(f"/v2/databases/{target}/cloneFrom/{database}", params={"snapshotID": "nope"}).status_code
        == 404
    )
    clone = http.post(f"/v2/databases/{target}/cloneFrom/{database}", params={"snapshotID": snapshot}).json()
    assert (
        clone["status"] == "RUNNING" and http.get(f"/v2/databases/{target}").json()["status"] == "MAINTENANCE"
    )
    assert http.get(f"/v2/databases/{target}/cloneStatus/{clone['operationID']}").json()["status"] == "DONE"
    assert http.get(f"/v2/databases/{target}").json()["status"] == "ACTIVE"
    restore = http.post(f"/v2/databases/{database}/restore", params={"snapshotID": snapshot}).json()
    assert (
        http.get(f"/v2/databases/{database}/restoreStatus/{restore['operationID']}").json()["status"]
        == "DONE"
    )
    assert http.get(f"/v2/databases/{target}/restoreStatus/{clone['operationID']}").status_code == 404


def test_enterprise_organizations_and_reports(http: httpx.Client, fake: FakeAstra, database: str) -> None:
    admin = next(iter(fake.org.users))
    body = {
        "name": "child",
        "email": "a@b.c",
        "adminUserID": admin,
        "enterpriseID": "9df02cbd-fb84-47c0-a5cf-b7a912928a4e",
    }
    assert http.post("/v2/enterprises/organizations", json=body).json()["OrganizationName"] == "child"
    assert http.post("/v2/enterprises/organizations", json={**body, "enterpriseID": "x"}).status_code == 400
    consumption = http.post("/v2/enterprises/consumption", json={}).json()
    assert consumption["totalCost"] is None and isinstance(consumption["costs"][0]["cost"], str)
    report = http.post(
        "/v2/enterprises/billing-reports/generate-report", json={"month": "1", "year": "2026"}
    ).json()
    details = http.get(f"/v2/enterprises/billing-reports/{report['reportId']}").json()
    assert report["status"] == "PENDING" and details["status"] == "COMPLETED"
    assert details["reportDetails"]["csvDownloadUrl"].startswith("https://")


def test_hibernated_databases_wake_when_used(http: httpx.Client, fake: FakeAstra, database: str) -> None:
    fake.hibernate(database)
    assert http.get(f"/v2/databases/{database}").json()["status"] == "HIBERNATED"
    busy = http.post(f"/v2/databases/{database}/keyspaces/ks")
    assert busy.status_code == 409 and "resuming" in busy.json()["errors"][0]["message"]
    assert until(lambda: http.get(f"/v2/databases/{database}").json()["status"], "ACTIVE") == ["ACTIVE"]
    fake.hibernate(database)
    with pytest.raises(ValueError, match="only an ACTIVE serverless database hibernates"):
        fake.hibernate(database)


def test_a_resize_goes_through_maintenance(http: httpx.Client) -> None:
    classic = active(http, {**DATABASE, "tier": "C10", "capacityUnits": 3, "region": "us-east-1"})
    assert http.post(f"/v2/databases/{classic}/resize", json={"capacityUnits": 6}).status_code == 202
    seen = until(lambda: http.get(f"/v2/databases/{classic}").json()["status"], "ACTIVE")
    assert seen == ["MAINTENANCE", "ACTIVE"]
    assert http.get(f"/v2/databases/{classic}").json()["info"]["capacityUnits"] == 6


def test_databases_can_be_created_after_every_user_is_removed(http: httpx.Client, fake: FakeAstra) -> None:
    for user_id in list(fake.org.users):
        assert http.delete(f"/v2/organizations/users/{user_id}").status_code == 204
    created = http.post("/v2/databases", json=DATABASE)
    database_id = created.headers["Location"].rsplit("/", 1)[-1]
    assert (
        created.status_code == 201
        and http.get(f"/v2/databases/{database_id}").json()["ownerId"] == fake.org.id
    )


def test_search_operations_answer_400_for_what_is_missing(http: httpx.Client, database: str) -> None:
    solr = f"/v2/databases/{database}/keyspaces/nope/tables/t/solr/createCorewithconfigs"
    assert http.post(solr, params={"generateResources": "true"}).status_code == 400
    assert http.post("/v2/databases/nope/keyspaces/ks/actions/alterWithGraphEngine").status_code == 400
    graph = f"/v2/databases/{database}/keyspaces/default_keyspace/actions/alterWithGraphEngine"
    assert http.post(graph).status_code == 202
