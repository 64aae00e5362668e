"""Roles, users, tokens, organization and access lists, in the live API's shapes (seed 003)."""

import json
from datetime import datetime, timedelta

import httpx
import pytest
from astra_devops_api.models import RolePolicy

from astra_devops import AstraDevOps, errors
from astra_devops.testing import FakeAstra

BASE = "https://api.astra.datastax.com"

# Seed 003, "Managing roles", GET /v2/organizations/roles result (curly quotes straightened).
SEED_ROLE_LIST = [
    {
        "ID": "3fb93abd-7abe-4a3d-9f71-9ded80070a4a",
        "Name": "API Admin Svc Acct",
        "Type": "default",
        "policy": json.dumps(
            {
                "description": "API Admin Svc Acct",
                "actions": ["accesslist-read", "org-billing-read", "org-billing-write", "org-user-read"],
                "resources": ["drn:astra:org:dccb8c32-cc2a-4bea-bd95-47ab8eb20510"],
                "effect": "allow",
            }
        ),
    }
]
# Seed 003, "Managing roles", POST /v2/organizations/roles result.
SEED_CREATED_ROLE = {
    "OrgID": "dccb8c32-cc2a-4bea-bd95-47ab8eb20510",
    "ID": "b125f9ab-675e-4bc7-9306-5e50a05b7c56",
    "Name": "keyspaceRole",
    "Policy": '{ "description":"keyspaces",'
    ' "resources":["drn:astra:org:dccb8c32-cc2a-4bea-bd95-47ab8eb20510"],'
    ' "actions":["db-all-keyspace-create","db-all-keyspace-describe"], "effect":"allow" }',
    "LastUpdateDateTime": "",
    "LastUpdateUserID": "wsbCtHyXCfuSHkBpPpnNkCCW",
}
# Seed 003, "Managing users", GET /v2/organizations/users result.
SEED_USERS = {
    "OrgID": "dacb3c32-cc2a-4bea-bd95-47ab8eb20410",
    "OrgName": "DataStax",
    "Users": [
        {
            "UserID": "388def78-0040-4dge-b235-d67806929c8f",
            "Email": "john.smith@datastax.com",
            "Status": "active",
            "Roles": [{"ID": "704fc2af-9c11-4c57-b9e5-5667b8889b3e", "Name": "Admin User"}],
        }
    ],
}
POLICY = {"description": "read", "resources": ["drn:astra:org:x"], "actions": ["db-cql"], "effect": "allow"}


def scripted(*answers: httpx.Response) -> AstraDevOps:
    queue = list(answers)
    transport = httpx.MockTransport(lambda request: queue.pop(0))
    return AstraDevOps(token="AstraCS:t", base_url=BASE, http_client=httpx.Client(transport=transport))


def test_seed_role_list_parses_with_a_decoded_policy_and_an_unknown_action() -> None:
    roles = scripted(httpx.Response(200, json=SEED_ROLE_LIST)).roles.list()
    assert roles[0].id == "3fb93abd-7abe-4a3d-9f71-9ded80070a4a" and roles[0].name == "API Admin Svc Acct"
    assert isinstance(roles[0].policy, RolePolicy)
    assert "accesslist-read" in roles[0].policy.actions


def test_a_parsed_role_writes_its_policy_back_as_a_json_object() -> None:
    role = scripted(httpx.Response(200, json=SEED_ROLE_LIST)).roles.list()[0]
    written = json.loads(json.dumps(role.to_dict()))
    assert written["policy"] == json.loads(SEED_ROLE_LIST[0]["policy"])
    assert written["ID"] == SEED_ROLE_LIST[0]["ID"]


def test_seed_created_role_pascal_case_policy_string() -> None:
    role = scripted(httpx.Response(201, json=SEED_CREATED_ROLE)).roles.create("keyspaceRole", POLICY)
    assert role.id == "b125f9ab-675e-4bc7-9306-5e50a05b7c56"
    assert role.last_update_user_id == "wsbCtHyXCfuSHkBpPpnNkCCW"
    assert isinstance(role.policy, RolePolicy) and role.policy.actions == [
        "db-all-keyspace-create",
        "db-all-keyspace-describe",
    ]


def test_a_policy_string_that_is_not_json_is_a_validation_error() -> None:
    broken = {**SEED_CREATED_ROLE, "Policy": "{not json"}
    with pytest.raises(errors.APIResponseValidationError) as caught:
        scripted(httpx.Response(200, json=broken)).roles.get("b125f9ab")
    assert "{not json" in caught.value.body


def test_seed_bare_string_error_becomes_not_found() -> None:
    client = scripted(httpx.Response(404, json="unable to get role for organization"))
    with pytest.raises(errors.NotFoundError) as caught:
        client.roles.get("gone")
    assert caught.value.message == "unable to get role for organization"


def test_seed_users_land_in_the_contract_fields() -> None:
    users = scripted(httpx.Response(200, json=SEED_USERS)).users.list()
    assert users[0].user_id == "388def78-0040-4dge-b235-d67806929c8f"
    assert users[0].email == "john.smith@datastax.com" and users[0].status == "active"
    assert users[0].roles[0].name == "Admin User"


def test_a_new_organization_starts_like_a_real_one(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    names = {role.name for role in client.roles.list()}
    assert {"Organization Administrator", "Database Administrator"} <= names
    assert len(client.users.list()) == 1
    assert len(client.tokens.list()) == 1
    assert client.organizations.current().id == fake_astra.org.id
    assert client.regions.list() and client.regions.list_serverless()


def test_role_lifecycle(client: AstraDevOps) -> None:
    role = client.roles.create("reader", POLICY)
    assert client.roles.get(role.id).name == "reader"
    updated = client.roles.update(role.id, "reader2", {**POLICY, "actions": ["db-cql", "db-rest"]})
    assert updated is not None and updated.name == "reader2"
    client.roles.delete(role.id)
    with pytest.raises(errors.NotFoundError, match="unable to get role"):
        client.roles.get(role.id)


def test_request_policies_stay_typed(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    with pytest.raises(errors.ConfigurationError):
        client.roles.create("bad", {**POLICY, "actions": ["not-an-action"]})
    with pytest.raises(errors.ConfigurationError):
        client.roles.create("bad", {"description": "no actions"})
    assert fake_astra.requests == []


def test_users_invite_update_remove(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    admin = client.roles.list()[0].id
    client.users.invite("new@example.com", [admin])
    invited = next(user for user in client.users.list() if user.email == "new@example.com")
    assert invited.status == "invited"
    invite = next(r for r in fake_astra.requests if r.method == "PUT")
    assert invite.json()["orgID"] == fake_astra.org.id
    reader = client.roles.create("reader", POLICY).id
    client.users.update_roles(invited.user_id, [reader])
    assert [role.id for role in client.users.get(invited.user_id).roles] == [reader]
    client.users.remove(invited.user_id)
    assert len(client.users.list()) == 1


@pytest.mark.parametrize(("email", "roles"), [("not-an-email", ["r"]), ("a@b.co", []), ("a@b.co", "r1")])
def test_invite_input_is_checked_first(
    client: AstraDevOps, fake_astra: FakeAstra, email: str, roles: object
) -> None:
    with pytest.raises(errors.ConfigurationError):
        client.users.invite(email, roles)  # type: ignore[arg-type]
    assert fake_astra.requests == []


def test_tokens(client: AstraDevOps) -> None:
    admin = client.roles.list()[0].id
    created = client.tokens.create([admin], description="ci")
    assert created.token.startswith("AstraCS:") and created.roles == [admin]
    assert created.token not in repr(created) and created.secret not in repr(created)
    assert created.client_id in {c.client_id for c in client.tokens.list()}
    client.tokens.delete(created.client_id)
    assert created.client_id not in {c.client_id for c in client.tokens.list()}


def test_access_list_delete_removes_every_address(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    database = client.databases.create(name="db", cloud_provider="AWS", region="us-east-2", poll_interval=0)
    client.access_lists.add(database.id, ["10.0.0.0/24", "10.0.1.0/24", {"address": "10.0.2.1/32"}])
    assert len(client.access_lists.get(database.id).addresses) == 3
    client.access_lists.delete(database.id, ["10.0.0.0/24", "10.0.1.0/24"])
    assert [a.address for a in client.access_lists.get(database.id).addresses] == ["10.0.2.1/32"]
    deletes = [r for r in fake_astra.requests if r.method == "DELETE"]
    assert [r.query["addresses"] for r in deletes] == [["10.0.0.0/24"], ["10.0.1.0/24"]]


def test_access_list_odd_dates_parse_and_bad_cidrs_are_refused(client: AstraDevOps) -> None:
    database = client.databases.create(name="db", cloud_provider="AWS", region="us-east-2", poll_interval=0)
    client.access_lists.replace(database.id, ["192.168.1.0/24"])
    entry = client.access_lists.get(database.id).addresses[0]
    # The fake sends the reported layout `2021-08-03 15:20:29.008 +0000 UTC` (docs/quirks.md).
    assert isinstance(entry.last_update_date_time, datetime)
    assert entry.last_update_date_time.utcoffset() == timedelta(0)
    assert client.access_lists.list()[0].addresses[0].last_update_date_time == entry.last_update_date_time
    with pytest.raises(errors.ConfigurationError):
        client.access_lists.add(database.id, ["300.1.1.1/8"])
    assert len(client.access_lists.list()) == 1


def test_declared_groups_reach_the_api_and_check_their_arguments(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    assert client.custom_domains.list() == []
    assert fake_astra.requests[-1].path == "/v2/organizations/customDomains"
    sent = len(fake_astra.requests)
    with pytest.raises(errors.ConfigurationError, match=r"pcu_get.*body"):
        client.pcu_groups.list()
    assert len(fake_astra.requests) == sent
