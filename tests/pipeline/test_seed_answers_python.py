"""Every successful seed answer, served on a mock transport, parses through the Python client's
resource method for its operation."""

import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from astra_devops import AstraDevOps

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "ports"))
from seed_answers import SeedAnswer, checked_answers, read_answer  # noqa: E402

POLICY = {"description": "d", "resources": ["drn:astra:org:o"], "actions": ["db-rest"], "effect": "allow"}


class _Body:
    """A request body for operations whose answer is under test, not their request."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def placeholder(parameter: inspect.Parameter) -> Any:
    if parameter.name != "body":
        return "x"
    return [] if str(parameter.annotation).startswith("list[") else _Body()


def generated_call(resource: str, name: str) -> Callable[[AstraDevOps], Any]:
    """Call a resource method with a placeholder for each required argument; a method that waits
    is asked not to, since the seed answer is the first one it reads."""

    def call(client: AstraDevOps) -> Any:
        owner = getattr(client, resource)
        parameters = inspect.signature(getattr(owner, name)).parameters.values()
        arguments = {
            parameter.name: placeholder(parameter)
            for parameter in parameters
            if parameter.name == "body" or parameter.default is inspect.Parameter.empty
        }
        if any(parameter.name == "wait" for parameter in parameters):
            arguments["wait"] = False
        return getattr(owner, name)(**arguments)

    return call


DB = "/v2/databases/{databaseID}"
PL = "/v2/organizations/clusters/{clusterID}/datacenters/{datacenterID}"
KMS = "/v2/kms/provider/{provider}/region/{region}"
KMS_CLASSIC = "/v2/kms/classic/provider/{provider}/region/{region}"
DEVOPS_ACL = "/v2/organizations/{orgId}/devops-acl"
MIGRATION = DB + "/migrations/{migrationID}"
CALLS: dict[tuple[str, str], Callable[[AstraDevOps], Any]] = {
    ("get", "/v2/organizations/roles"): lambda client: client.roles.list(),
    ("post", "/v2/organizations/roles"): lambda client: client.roles.create("r", POLICY),
    ("get", "/v2/organizations/roles/{roleID}"): lambda client: client.roles.get("r"),
    ("put", "/v2/organizations/roles/{roleID}"): lambda client: client.roles.update("r", "r", POLICY),
    ("get", "/v2/organizations/users"): lambda client: client.users.list(),
    ("get", "/v2/organizations/users/{userID}"): lambda client: client.users.get("u"),
    ("get", "/v2/clientIdSecrets"): lambda client: client.tokens.list(),
    ("post", "/v2/clientIdSecrets"): lambda client: client.tokens.create(["r"]),
    ("post", "/v2/tokens"): generated_call("tokens", "create_for_organization"),
    ("get", "/v2/databases"): lambda client: list(client.databases.list()),
    ("get", DB): lambda client: client.databases.get("d"),
    ("post", DB + "/secureBundleURL"): lambda client: client.databases.secure_bundle_urls("d"),
    ("get", DB + "/telemetry/metrics"): generated_call("telemetry", "get"),
    ("get", DB + "/datacenters"): lambda client: client.datacenters.list("d"),
    ("get", DB + "/access-list"): lambda client: client.access_lists.get("d"),
    ("get", "/v2/access-lists"): lambda client: client.access_lists.list(),
    ("post", "/v2/access-list/template"): generated_call("access_lists", "template"),
    ("get", "/v2/organizations/{orgID}/telemetry/auditLogs"): generated_call("audit_logs", "get"),
    ("post", "/v2/enterprises/organizations"): generated_call("enterprise", "create_organization"),
    ("post", "/v2/enterprises/consumption"): generated_call("enterprise", "consumption"),
    ("get", DEVOPS_ACL): generated_call("devops_access_list", "get"),
    ("post", DEVOPS_ACL): generated_call("devops_access_list", "add"),
    ("put", DEVOPS_ACL): generated_call("devops_access_list", "replace"),
    ("patch", DEVOPS_ACL): generated_call("devops_access_list", "update"),
    ("get", "/v2/organizations/private-link"): generated_call("private_links", "list"),
    ("get", "/v2/organizations/clusters/{clusterID}/private-link"): generated_call(
        "private_links", "list_for_database"
    ),
    ("get", PL + "/private-link"): generated_call("private_links", "get"),
    ("post", PL + "/private-link"): generated_call("private_links", "configure"),
    ("post", PL + "/allowed-principals"): generated_call("private_links", "add_allowed_principal"),
    ("post", PL + "/endpoints"): generated_call("private_links", "accept_endpoint"),
    ("get", PL + "/endpoints/{endpointID}"): generated_call("private_links", "get_endpoint"),
    ("put", PL + "/endpoints/{endpointID}"): generated_call("private_links", "update_endpoint"),
    ("get", "/v2/organizations/customDomains"): generated_call("custom_domains", "list"),
    ("get", "/v2/peering/provider/{provider}/database/{databaseID}"): generated_call("vpc_peering", "get"),
    ("post", "/v2/peering/provider/{provider}/database/{databaseID}"): generated_call(
        "vpc_peering", "create"
    ),
    ("get", "/v2/kms"): generated_call("customer_keys", "list"),
    ("get", "/v2/kms/classic"): generated_call("customer_keys", "list_classic"),
    ("get", KMS): generated_call("customer_keys", "get"),
    ("get", KMS_CLASSIC): generated_call("customer_keys", "get_classic"),
    ("get", KMS + "/accounts"): generated_call("customer_keys", "cloud_accounts"),
    ("get", KMS_CLASSIC + "/accounts"): generated_call("customer_keys", "classic_cloud_accounts"),
    ("get", "/v2/availableRegions"): generated_call("regions", "list"),
    ("get", "/v2/regions/serverless"): generated_call("regions", "list_serverless"),
    ("post", DB + "/migrations/initialize"): generated_call("migrations", "initialize"),
    ("post", DB + "/datacenters/{datacenterID}/migrations/initialize"): generated_call(
        "migrations", "initialize_for_datacenter"
    ),
    ("post", MIGRATION + "/launch"): generated_call("migrations", "launch"),
    ("post", MIGRATION + "/pause"): generated_call("migrations", "pause"),
    ("post", MIGRATION + "/resume"): generated_call("migrations", "resume"),
    ("post", MIGRATION + "/abort"): generated_call("migrations", "abort"),
    ("post", MIGRATION + "/cleanup"): generated_call("migrations", "cleanup"),
    ("get", MIGRATION): generated_call("migrations", "status"),
    ("get", "/v2/pcus/association/{pcuGroupUUID}"): generated_call("pcu_groups", "associations"),
    ("post", "/v2/databases/{targetDBID}/cloneFrom/{sourceDBID}"): generated_call("snapshots", "clone"),
    ("get", "/v2/databases/{targetDBID}/cloneStatus/{operationID}"): generated_call(
        "snapshots", "clone_status"
    ),
    ("post", DB + "/restore"): generated_call("snapshots", "restore"),
    ("get", DB + "/restoreStatus/{operationID}"): generated_call("snapshots", "restore_status"),
}
SUCCESSES = [a for a in checked_answers() if a.method != "schema" and a.status.startswith("2")]


@pytest.mark.parametrize("answer", SUCCESSES, ids=lambda answer: answer.label)
def test_seed_answer_parses_through_its_resource_method(answer: SeedAnswer) -> None:
    body = read_answer(answer)
    transport = httpx.MockTransport(lambda request: httpx.Response(int(answer.status), json=body))
    client = AstraDevOps(
        token="AstraCS:t",
        base_url="https://api.astra.datastax.com",
        http_client=httpx.Client(transport=transport),
    )
    result = CALLS[(answer.method, answer.path)](client)
    assert result is not None
    if isinstance(body, list) and isinstance(result, list):
        assert len(result) == len(body)


def test_every_operation_with_a_seed_answer_has_its_call() -> None:
    assert {(answer.method, answer.path) for answer in SUCCESSES} == set(CALLS)
