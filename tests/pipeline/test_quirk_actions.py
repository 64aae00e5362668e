"""Each overlay quirk, checked on the seed's own example through the generated models."""

import json
from pathlib import Path

import pytest
from astra_devops_api.models import (
    AddressResponse,
    CredsURL,
    Database,
    Datacenter,
    Organization,
    Role,
    RolePolicy,
    StatusEnum,
)
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = json.loads((ROOT / "generated" / "openapi.json").read_text())

# Seed 001, "Returns specified database" example (abridged: the fields the quirks touch).
SEED_DATABASE = {
    "id": "1234-5678-91011121-3141",
    "orgId": "organizations/7142-1283-54249566-3707",
    "ownerId": "users/8243-2404-85664728-0889",
    "info": {
        "name": "mySplendidDatabase",
        "keyspace": "myKeyspace",
        "cloudProvider": "AWS",
        "tier": "developer",
        "capacityUnits": 1,
        "region": "us-west-2",
        "additionalKeyspaces": ["additionalKeyspace"],
        "dbType": "vector",
    },
    "creationTime": "2012-11-01T22:08:41+00:00",
    "status": "ACTIVE",
    "availableActions": ["addKeyspace, terminate"],
    "message": "Auto parked due to inactivity",
}


def validate(instance: object, schema_name: str) -> None:
    registry = Registry().with_resource("urn:contract", Resource.opaque(CONTRACT))
    schema = {"$ref": f"urn:contract#/components/schemas/{schema_name}"}
    OAS30Validator(schema, registry=registry).validate(instance)


def test_seed_database_with_its_odd_available_actions() -> None:
    database = Database.from_dict(SEED_DATABASE)
    assert database.status == StatusEnum.ACTIVE
    assert database.available_actions == ["addKeyspace, terminate"]


@pytest.mark.parametrize("status", ["HIBERNATED", "ASSOCIATING", "RESUMING", "DEGRADED"])
def test_unlisted_database_statuses_parse_as_strings(status: str) -> None:
    assert Database.from_dict({**SEED_DATABASE, "status": status}).status == status


def test_suspending_is_a_known_status() -> None:
    assert Database.from_dict({**SEED_DATABASE, "status": "SUSPENDING"}).status == StatusEnum.SUSPENDING


def test_seed_datacenter_tier_casing() -> None:
    # Seed 001, "Returns the list of configured ACTIVE datacenters": tier "Developer".
    datacenter = Datacenter.from_dict(
        {
            "id": "1234-5678-91011121-3141-1",
            "name": "dc-1234-5678-91011121-3141",
            "tier": "Developer",
            "status": "ACTIVE",
            "cloudProvider": "GCP",
            "region": "us-east1",
            "regionZone": "na",
            "regionClassification": "standard",
            "capacityUnits": 1,
        }
    )
    assert datacenter.tier == "Developer"


def test_role_policy_as_a_json_string_and_as_an_object() -> None:
    # Seed 003, "Managing roles": GET /v2/organizations/roles/<roleId> result.
    text = (
        '{ "description":"keyspaces", "resources":["drn:astra:org:dccb8c32-cc2a-4bea-bd95-47ab8eb20510"],'
        ' "actions":["db-all-keyspace-create","db-all-keyspace-describe"], "effect":"allow" }'
    )
    assert Role.from_dict({"id": "b125f9ab", "name": "keyspaceRole", "policy": text}).policy == text
    decoded = Role.from_dict({"id": "b125f9ab", "policy": json.loads(text)}).policy
    assert isinstance(decoded, RolePolicy)
    open_action = Role.from_dict({"policy": {**json.loads(text), "actions": ["accesslist-read"]}}).policy
    assert isinstance(open_action, RolePolicy) and open_action.actions == ["accesslist-read"]


def test_role_list_is_a_flat_array_and_role_get_a_single_role() -> None:
    roles = CONTRACT["paths"]["/v2/organizations/roles"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    one = CONTRACT["paths"]["/v2/organizations/roles/{roleID}"]["get"]["responses"]["200"]["content"]
    assert roles["schema"] == {"type": "array", "items": {"$ref": "#/components/schemas/Role"}}
    assert one["application/json"]["schema"] == {"$ref": "#/components/schemas/Role"}


def test_access_list_date_that_is_not_rfc3339() -> None:
    entry = AddressResponse.from_dict(
        {
            "address": "137.187.23.0/24",
            "enabled": True,
            "description": "prod",
            "lastUpdateDateTime": "2021-08-03 15:20:29.008 +0000 UTC",
        }
    )
    assert entry.last_update_date_time == "2021-08-03 15:20:29.008 +0000 UTC"


@pytest.mark.parametrize(
    "body",
    [
        {"errors": [{"ID": 123, "message": "Something is broken"}]},  # seed 001
        {
            "errors": [{"description": "string", "internalCode": "string", "internalTxId": "string"}]
        },  # seed 003 BYOK
        {"description": "Organization: o does not have any CMKs associated with it."},  # seed 003 KMS 404
        "unable to get role for organization",  # seed 003, Managing roles
    ],
)
def test_every_error_body_shape_validates(body: object) -> None:
    validate(body, "ErrorBody")


def test_error_responses_point_at_error_body() -> None:
    for name, response in CONTRACT["components"]["responses"].items():
        if "content" in response:
            assert response["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/ErrorBody"
            }, name


def test_create_database_is_201_with_location_and_no_body() -> None:
    created = CONTRACT["paths"]["/v2/databases"]["post"]["responses"]["201"]
    assert "Location" in created["headers"] and "content" not in created


def test_secure_bundle_object_or_array_with_the_misspelled_datacenter_id() -> None:
    entry = {"downloadURL": "https://s/b.zip", "datcenterID": "dc-1", "region": "us-east-2"}
    assert CredsURL.from_dict(entry).datcenter_id == "dc-1"
    validate(entry, "CredsURL")
    validate([entry, {**entry, "datcenterID": "dc-2"}], "CredsURLList")


def test_current_organization_is_one_object() -> None:
    # The older published copy answers GET /v2/currentOrg with one Organization, not `items`.
    content = CONTRACT["paths"]["/v2/currentOrg"]["get"]["responses"]["200"]["content"]["application/json"]
    assert content["schema"] == {"$ref": "#/components/schemas/Organization"}
    organization = Organization.from_dict({"id": "7142-1283", "name": "My Organization"})
    assert organization.id == "7142-1283" and organization["name"] == "My Organization"
