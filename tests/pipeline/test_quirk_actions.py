"""Each overlay quirk, checked on the seed's own example through the generated models."""

import datetime
import json
import re
import sys
from pathlib import Path

import httpx
import pytest
from astra_devops_api.models import (
    AddressResponse,
    CredsURL,
    Database,
    Datacenter,
    Organization,
    PrivateLinkAcceptOutput,
    PulsarTelemetryRequestBlock,
    Role,
    RolePolicy,
    TelemetryConfig,
)
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource

from astra_devops import _quirks
from astra_devops.resources.roles import parse_role

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "ports"))
from seed_answers import ANSWERS, read_answer  # noqa: E402

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


def validate_shapes(instance: object, schema_name: str) -> int:
    """How many of the forms an untyped schema lists in `x-astra-shapes` `instance` matches."""
    registry = Registry().with_resource("urn:contract", Resource.opaque(CONTRACT))
    shapes = CONTRACT["components"]["schemas"][schema_name]["x-astra-shapes"]
    refs = [
        json.loads(json.dumps(shape).replace('"#/components', '"urn:contract#/components'))
        for shape in shapes
    ]
    return sum(OAS30Validator(shape, registry=registry).is_valid(instance) for shape in refs)


def test_seed_database_with_its_odd_available_actions() -> None:
    database = Database.from_dict(SEED_DATABASE)
    assert database.status == "ACTIVE"
    assert database.available_actions == ["addKeyspace, terminate"]


@pytest.mark.parametrize("status", ["HIBERNATED", "ASSOCIATING", "RESUMING", "DEGRADED"])
def test_unlisted_database_statuses_parse_as_strings(status: str) -> None:
    assert Database.from_dict({**SEED_DATABASE, "status": status}).status == status


def test_status_is_an_open_string_listing_suspending_among_known_values() -> None:
    status = CONTRACT["components"]["schemas"]["Database"]["properties"]["status"]
    assert status["type"] == "string" and "enum" not in status and "anyOf" not in status
    assert "SUSPENDING" in status["x-extensible-enum"]
    assert Database.from_dict({**SEED_DATABASE, "status": "SUSPENDING"}).status == "SUSPENDING"


def test_the_deprecated_status_enum_keeps_the_contract_values() -> None:
    import astra_devops.models

    with pytest.warns(DeprecationWarning, match="StatusEnum"):
        status_enum = astra_devops.models.StatusEnum
    known = CONTRACT["components"]["schemas"]["Database"]["properties"]["status"]["x-extensible-enum"]
    assert [member.value for member in status_enum] == known
    assert Database.from_dict(SEED_DATABASE).status == status_enum.ACTIVE


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Error", "ErrorEntry"),
        ("ApiError", "ErrorEntry"),
        ("ErrorDescription", "Errors"),
        ("PrivateLinkDatacenters", "PrivateLinkAcceptOutput"),
        ("PulsarTokenAuthTelemetryRequest", "PulsarTelemetryRequestBlock"),
        ("PulsarOAuth2TelemetryRequest", "PulsarTelemetryRequestBlock"),
    ],
)
def test_renamed_models_stay_importable_with_a_warning(old: str, new: str) -> None:
    import astra_devops_api.models

    import astra_devops.models

    with pytest.warns(DeprecationWarning, match=new):
        assert getattr(astra_devops.models, old) is getattr(astra_devops_api.models, new)


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
    assert Role.from_dict({"ID": "b125f9ab", "Name": "keyspaceRole", "policy": text}).policy == text
    assert Role.from_dict({"ID": "b", "Name": "r", "Policy": text})["Policy"] == text
    response = httpx.Response(
        200, request=httpx.Request("GET", "https://example.invalid/v2/organizations/roles/b")
    )
    for key, policy in [("policy", text), ("Policy", text), ("policy", json.loads(text))]:
        decoded = parse_role({"ID": "b125f9ab", "Name": "r", key: policy}, response).policy
        assert isinstance(decoded, RolePolicy) and decoded.description == "keyspaces", key
    open_action = parse_role(
        {"ID": "b", "Name": "r", "policy": {**json.loads(text), "actions": ["accesslist-read"]}}, response
    ).policy
    assert isinstance(open_action, RolePolicy) and open_action.actions == ["accesslist-read"]


def test_role_policy_is_one_untyped_component_and_the_other_spelling_is_named() -> None:
    schemas = CONTRACT["components"]["schemas"]
    value = {"$ref": "#/components/schemas/RolePolicyValue"}
    assert (
        schemas["Role"]["properties"]["policy"]
        == schemas["RoleWriteResponse"]["properties"]["Policy"]
        == value
    )
    # One spelling per schema (two would collide in generated Go, Java and TypeScript); the other
    # is named in x-astra-also-sent-as. No additionalProperties (issue 29: kotlin made the model a
    # HashMap that gson reads as a plain map).
    for name, other in (("Role", {"Policy": "policy"}), ("RoleWriteResponse", {"policy": "Policy"})):
        assert len([key for key in schemas[name]["properties"] if key.lower() == "policy"]) == 1
        assert "additionalProperties" not in schemas[name]
        assert schemas[name]["x-astra-also-sent-as"] == other
    policy_value = schemas["RolePolicyValue"]
    assert policy_value["x-astra-json-in-string"] == "RolePolicy"
    assert not {"type", "oneOf", "anyOf"} & set(policy_value)
    assert validate_shapes("{}", "RolePolicyValue") == 1
    assert validate_shapes({"actions": ["accesslist-read"], "effect": "allow"}, "RolePolicyValue") == 1


def test_python_casing_tables_are_the_contract_keys() -> None:
    schemas = CONTRACT["components"]["schemas"]
    tables = {
        "Role": _quirks.ROLE_KEYS,
        "RoleSummary": _quirks.ROLE_SUMMARY_KEYS,
        "UserResponse": _quirks.USER_KEYS,
        "OrganizationUsers": _quirks.USERS_KEYS,
    }
    for name, keys in tables.items():
        assert set(keys) == set(schemas[name]["properties"]), name


def test_every_operation_has_one_tag_and_every_tag_a_description() -> None:
    tags = {tag["name"] for tag in CONTRACT["tags"] if tag.get("description")}
    for item in CONTRACT["paths"].values():
        for operation in item.values():
            assert len(operation["tags"]) == 1 and operation["tags"][0] in tags, operation["operationId"]


def test_error_answers_are_error_body_everywhere() -> None:
    for path, item in CONTRACT["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                if status[0] in "45" and "$ref" not in response:
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (method, path, status)


def test_role_list_is_a_flat_array_and_role_get_a_single_role() -> None:
    roles = CONTRACT["paths"]["/v2/organizations/roles"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    one = CONTRACT["paths"]["/v2/organizations/roles/{roleID}"]["get"]["responses"]["200"]["content"]
    assert roles["schema"] == {"type": "array", "items": {"$ref": "#/components/schemas/Role"}}
    assert one["application/json"]["schema"] == {"$ref": "#/components/schemas/Role"}


def test_access_list_date_is_a_plain_string_with_its_layouts_named() -> None:
    # Seed 003 (Managing access list) shows `2021-01-21T17:32:28Z`; the Go layout was reported
    # (issue 29: a plain string every stock decoder reads, the layouts in x-astra-time-layouts).
    field = CONTRACT["components"]["schemas"]["AddressResponse"]["properties"]["lastUpdateDateTime"]
    assert "format" not in field
    assert (field["type"], field["x-astra-time-layouts"]) == (
        "string",
        ["RFC 3339", "2006-01-02 15:04:05.999999999 -0700 MST"],
    )
    entry = AddressResponse.from_dict(
        {"address": "137.187.23.0/24", "lastUpdateDateTime": "2021-01-21T17:32:28Z"}
    )
    assert entry.last_update_date_time == datetime.datetime(2021, 1, 21, 17, 32, 28, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("sent", "read"),
    [
        (
            "2021-08-03 15:20:29.008 +0000 UTC",
            datetime.datetime(2021, 8, 3, 15, 20, 29, 8000, tzinfo=datetime.UTC),
        ),
        ("2021-08-03 15:20:29 +0200 CEST", datetime.datetime(2021, 8, 3, 13, 20, 29, tzinfo=datetime.UTC)),
        (
            "2021-08-03 15:20:29.123456789 +0000 UTC",
            datetime.datetime(2021, 8, 3, 15, 20, 29, 123456, tzinfo=datetime.UTC),
        ),
    ],
)
def test_the_generated_model_reads_the_go_layout_as_a_datetime(sent: str, read: datetime.datetime) -> None:
    # Reported layout of the access list's lastUpdateDateTime (Go's default); the fake sends it too.
    entry = AddressResponse.from_dict({"lastUpdateDateTime": sent})
    assert entry.last_update_date_time == read
    assert entry.to_dict()["lastUpdateDateTime"] == entry.last_update_date_time.isoformat()


def test_the_generated_model_refuses_a_time_in_no_named_layout() -> None:
    with pytest.raises(ValueError):
        AddressResponse.from_dict({"lastUpdateDateTime": "yesterday"})


@pytest.mark.parametrize(
    ("module", "body"),
    [
        # Seed 003, Managing access list: the list inside a one-element array.
        ("access_list.get_access_list_for_database", [{"organizationId": "o", "addresses": []}]),
        ("database_operations.generate_secure_bundle_url", {"downloadURL": "https://example.invalid/b.zip"}),
    ],
)
def test_generated_sync_parses_an_untyped_answer(module: str, body: object) -> None:
    import importlib

    import httpx
    from astra_devops_api import AuthenticatedClient

    endpoint = importlib.import_module(f"astra_devops_api.api.{module}")
    client = AuthenticatedClient(base_url="http://127.0.0.1", token="t")
    assert endpoint._parse_response(client=client, response=httpx.Response(200, json=body)) == body


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
def test_every_error_body_matches_one_listed_shape(body: object) -> None:
    assert validate_shapes(body, "ErrorBody") == 1


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
    assert CredsURL.from_dict(entry).datacenter_id == "dc-1"
    validate(entry, "CredsURL")
    validate([entry, {**entry, "datcenterID": "dc-2"}], "CredsURLList")
    assert validate_shapes(entry, "SecureBundleURLs") == 1
    assert validate_shapes([entry, {**entry, "datcenterID": "dc-2"}], "SecureBundleURLs") == 1
    assert validate_shapes({"region": "no downloadURL"}, "SecureBundleURLs") == 0


def test_access_list_object_or_one_element_array() -> None:
    # Seed 003 (Managing access list): `[ {"organizationId": ..., "addresses": [...]} ]`.
    entry = {"organizationId": "7142-1283", "addresses": [{"address": "137.187.23.0/24"}]}
    assert validate_shapes(entry, "AccessListForDatabase") == 1
    assert validate_shapes([entry], "AccessListForDatabase") == 1
    assert validate_shapes("text", "AccessListForDatabase") == 0


def test_accept_answer_is_one_object_reading_either_form() -> None:
    # Seed 001 shows one endpoint; seed 003 (Private endpoints) shows `{"datacenters": [...]}`.
    endpoint = PrivateLinkAcceptOutput.from_dict({"endpointID": "e-1", "status": "Accepted"})
    assert (endpoint.endpoint_id, endpoint.status) == ("e-1", "Accepted")
    service = PrivateLinkAcceptOutput.from_dict({"datacenters": [{"serviceName": "svc", "endpoints": []}]})
    assert len(service.datacenters) == 1 and not service.additional_properties


def test_telemetry_config_is_one_object_with_a_key_per_destination() -> None:
    # Seed 001 (Get telemetry configuration): a Kafka answer.
    kafka = {"bootstrap_servers": ["b:9092"], "topic": "t", "sasl_mechanism": "GSSAPI"}
    config = TelemetryConfig.from_dict({"kafka": {**kafka, "sasl_username": "u", "sasl_password": "p"}})
    assert config.kafka.topic == "t"
    destinations = CONTRACT["components"]["schemas"]["TelemetryConfig"]["properties"]
    assert set(destinations) == {"kafka", "prometheus_remote", "cloudwatch", "splunk", "pulsar", "Datadog"}


def test_pulsar_settings_are_one_object_for_both_strategies() -> None:
    token = PulsarTelemetryRequestBlock.from_dict(
        {"endpoint": "pulsar+ssl://p:6651", "topic": "t", "auth_strategy": "token", "token": "x"}
    )
    oauth2 = PulsarTelemetryRequestBlock.from_dict(
        {
            "endpoint": "pulsar+ssl://p:6651",
            "topic": "t",
            "auth_strategy": "oauth2",
            "oauth2_credentials_url": "https://c",
            "oauth2_issuer_url": "https://i",
        }
    )
    assert (token.token, oauth2.oauth2_issuer_url) == ("x", "https://i")
    assert "oneOf" not in json.dumps(CONTRACT["components"]["schemas"]["PulsarTelemetryRequestBlock"])


def test_current_organization_is_one_object() -> None:
    # The older published copy answers GET /v2/currentOrg with one Organization, not `items`.
    content = CONTRACT["paths"]["/v2/currentOrg"]["get"]["responses"]["200"]["content"]["application/json"]
    assert content["schema"] == {"$ref": "#/components/schemas/Organization"}
    organization = Organization.from_dict({"id": "7142-1283", "name": "My Organization"})
    assert organization.id == "7142-1283" and organization["name"] == "My Organization"


@pytest.mark.parametrize("wire", ["datcenterID", "datacenterID", "datacenterId", "datacenter_id"])
def test_bundle_entries_read_datacenter_id_whatever_the_wire_spelling(wire: str) -> None:
    entry = _quirks.datacenter_keys({"downloadURL": "https://s/b.zip", wire: "dc-1"})
    assert CredsURL.from_dict(entry).datacenter_id == "dc-1"


def test_access_list_times_in_go_format_become_datetimes() -> None:
    # Reported for access-list `lastUpdateDateTime` (Go's default time format); not in a seed.
    reported = _quirks.timestamp("2021-08-03 15:20:29.008 +0000 UTC")
    assert reported == datetime.datetime(2021, 8, 3, 15, 20, 29, 8000, tzinfo=datetime.UTC)
    normalized = _quirks.access_list(
        {"addresses": [{"lastUpdateDateTime": "2021-08-03 15:20:29.008 +0000 UTC"}]}
    )
    assert normalized == {"addresses": [{"lastUpdateDateTime": reported.isoformat()}]}


def test_the_seed_access_list_time_becomes_a_datetime() -> None:
    # Seed 003 line 648, "Managing access list": the address's lastUpdateDateTime.
    answer = next(a for a in ANSWERS if (a.seed, a.line) == ("003", 648))
    seen = read_answer(answer)[0]["addresses"][0]["lastUpdateDateTime"]
    assert _quirks.timestamp(seen) == datetime.datetime(2021, 1, 21, 17, 32, 28, tzinfo=datetime.UTC)


@pytest.mark.parametrize("text", [None, "", "  ", "not a time", 12])
def test_an_unreadable_time_is_none(text: object) -> None:
    assert _quirks.timestamp(text) is None


def test_a_one_element_access_list_array_is_the_access_list() -> None:
    entry = {"organizationId": "o", "addresses": []}
    assert _quirks.lone([entry]) == entry
    assert _quirks.lone(entry) == entry
    assert _quirks.lone([entry, entry]) == [entry, entry]


def test_other_casings_are_brought_to_the_contract_casing() -> None:
    role = _quirks.role({"id": "r", "NAME": "n", "Policy": '{"actions": []}', "last_update_userid": "u"})
    assert role == {"ID": "r", "Name": "n", "policy": {"actions": []}, "LastUpdateUserID": "u"}
    user = _quirks.user({"userId": "u", "email": "e", "status": "s", "roles": [{"id": "r", "name": "n"}]})
    assert user == {"UserID": "u", "Email": "e", "Status": "s", "Roles": [{"ID": "r", "Name": "n"}]}


def _walk(node: object, path: str = "") -> list[tuple[str, str, object]]:
    if isinstance(node, dict):
        return [(path, key, value) for key, value in node.items()] + [
            found for key, value in node.items() for found in _walk(value, f"{path}/{key}")
        ]
    if isinstance(node, list):
        return [found for index, value in enumerate(node) for found in _walk(value, f"{path}/{index}")]
    return []


def test_the_contract_reads_on_its_own() -> None:
    texts = [(path, value) for path, key, value in _walk(CONTRACT) if isinstance(value, str)]
    cited = [path for path, text in texts if re.search(r"\bseed 0\d\d|overlay/|src/astra|\.py\b", text, re.I)]
    assert cited == []
    used = {key for _, key, _ in _walk(CONTRACT) if key.startswith("x-")}
    defined = set(re.findall(r"^- `(x-[a-z-]+)`", CONTRACT["info"]["description"], re.MULTILINE))
    assert used == defined


def test_bearer_requirements_have_no_scopes_and_permissions_stay_per_operation() -> None:
    requirements = [CONTRACT["security"]] + [
        operation["security"]
        for item in CONTRACT["paths"].values()
        for operation in item.values()
        if "security" in operation
    ]
    assert all(requirement == {"BearerAuth": []} for listed in requirements for requirement in listed)
    assert CONTRACT["paths"]["/v2/databases"]["get"]["x-astra-permissions"] == ["org-db-view"]


def test_create_database_location_names_the_id_and_keyspaces_have_no_number_bound() -> None:
    location = CONTRACT["paths"]["/v2/databases"]["post"]["responses"]["201"]["headers"]["Location"]
    assert "The new database's id, as it is (not a URL or a path)" in location["description"]
    keyspaces = CONTRACT["components"]["schemas"]["DatabaseInfo"]["properties"]["additionalKeyspaces"]
    assert "maximum" not in keyspaces and keyspaces["type"] == "array"


def test_database_info_lists_the_keyspaces_and_datacenters_peers_read() -> None:
    """astrapy, astra-db-ts and terraform-provider-astra read both (docs/quirks.md); a port whose
    models refuse unknown keys (the stock go client) must find them in the contract."""
    info = CONTRACT["components"]["schemas"]["DatabaseInfo"]["properties"]
    assert info["keyspaces"] == {**info["keyspaces"], "type": "array", "items": {"type": "string"}}
    assert info["datacenters"]["type"] == "array"


@pytest.mark.parametrize(
    ("name", "schema", "field"),
    [
        ("DatacenterRegionZone", "Datacenter", "regionZone"),
        ("DatacenterRegionClassification", "Datacenter", "regionClassification"),
        ("KafkaTelemetryRequestBlockSaslMechanism", "KafkaTelemetryRequestBlock", "sasl_mechanism"),
        ("KafkaTelemetryRequestBlockSecurityProtocol", "KafkaTelemetryRequestBlock", "security_protocol"),
        ("PulsarAuthRequestAuthStrategy", "PulsarAuthRequest", "auth_strategy"),
    ],
)
def test_opened_response_enums_keep_a_deprecated_enum_of_the_known_values(
    name: str, schema: str, field: str
) -> None:
    # Issue 29: info.description promises open response enums; the values are the published document's.
    import astra_devops.models

    declared = CONTRACT["components"]["schemas"][schema]["properties"][field]
    assert "enum" not in declared
    with pytest.warns(DeprecationWarning, match="plain string"):
        enum = getattr(astra_devops.models, name)
    assert sorted(member.value for member in enum) == sorted(declared["x-extensible-enum"])
