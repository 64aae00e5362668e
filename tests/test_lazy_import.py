"""`import astra_devops` stays cheap: no generated model or endpoint module until first use, and
a first call imports the endpoint module of its own operation, not its resource's others."""

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
import astra_devops
client = astra_devops.AstraDevOps(token="AstraCS:probe")
eager = sorted(name for name in sys.modules if name.startswith("astra_devops_api"))
client.databases
models = [name for name in sys.modules if name.startswith("astra_devops_api.models.")]
dateutil = "dateutil" in sys.modules
client.access_lists
dateutil = dateutil or "dateutil" in sys.modules
print(json.dumps({"eager": eager, "models_after_use": len(models), "dateutil": dateutil}))
"""


def test_importing_and_constructing_loads_no_generated_module() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    seen = json.loads(result.stdout)
    assert seen["eager"] == [], f"generated modules imported eagerly: {seen['eager']}"
    assert 0 < seen["models_after_use"] < 40, "first use should import only the models it needs"


def test_dateutil_waits_for_a_time_only_it_can_read() -> None:
    """python-dateutil (~13 ms to import) is loaded by the one quirk that needs it, not by using a
    resource (here databases, and access lists, the resource whose answers may need it)."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    assert json.loads(result.stdout)["dateutil"] is False
    reads = "from astra_devops import _quirks; print(_quirks.timestamp('2021-08-03 15:20:29.008 +0000 UTC'))"
    done = subprocess.run(
        [sys.executable, "-c", reads], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "2021-08-03 15:20:29.008000+00:00"


FIRST_CALL = """
import asyncio, json, sys
import httpx
import astra_devops
resource, method, args, answer, use_async = json.loads(sys.argv[1])
handler = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
if use_async:
    client = astra_devops.AsyncAstraDevOps(
        token="AstraCS:probe", base_url="https://api.test", http_client=httpx.AsyncClient(transport=handler)
    )
    asyncio.run(getattr(getattr(client, resource), method)(*args))
else:
    client = astra_devops.AstraDevOps(
        token="AstraCS:probe", base_url="https://api.test", http_client=httpx.Client(transport=handler)
    )
    getattr(getattr(client, resource), method)(*args)
print(json.dumps(sorted(name for name in sys.modules if name.startswith("astra_devops"))))
"""
DATABASE = {
    "id": "db1",
    "orgId": "org1",
    "ownerId": "user1",
    "info": {"name": "one", "cloudProvider": "AWS", "region": "us-east-1", "keyspace": "ks"},
    "status": "ACTIVE",
}
ROLE = {"id": "role1", "name": "reader", "policy": {"description": "d", "resources": [], "actions": []}}
USER = {"userID": "user1", "email": "a@b.example", "status": "active", "roles": []}
ACCESS_LIST = {
    "organizationId": "7142c0de-1283-4542-9566-370700000000",
    "databaseId": "8243c0de-2404-4566-8728-088900000000",
    "addresses": [],
    "configurations": {"accessListEnabled": True},
}
MODELS = "astra_devops_api.models."
# (resource, method, its arguments, the answer, the one endpoint module it needs, what it must not load)
FIRST_CALLS = [
    (
        "databases",
        "get",
        ["db1"],
        DATABASE,
        "database_operations.get_database",
        [
            f"{MODELS}database_info_create",
            f"{MODELS}database_info_create_tier",
            f"{MODELS}pcu_group",
            f"{MODELS}creds_url",
            f"{MODELS}capacity_units",
            f"{MODELS}user_password",
            "astra_devops.resources.pcu_groups",
        ],
    ),
    ("keyspaces", "list", ["db1"], DATABASE, "database_operations.get_database", []),
    (
        "roles",
        "get",
        ["role1"],
        ROLE,
        "roles.get_organization_role",
        [f"{MODELS}policy", f"{MODELS}create_role_request", f"{MODELS}update_role_request"],
    ),
    (
        "users",
        "get",
        ["user1"],
        USER,
        "users.get_organization_user",
        [f"{MODELS}user_invite", f"{MODELS}role_invite_request", f"{MODELS}organization_users"],
    ),
    (
        "access_lists",
        "get",
        ["db1"],
        ACCESS_LIST,
        "access_list.get_access_list_for_database",
        [f"{MODELS}access_list_request", f"{MODELS}address_request"],
    ),
    (
        "organizations",
        "current",
        [],
        {"id": "org1", "name": "one"},
        "organization_operations.get_current_organization",
        [],
    ),
]


def _first_call(resource: str, method: str, args: list[str], answer: object, use_async: bool) -> set[str]:
    case = json.dumps([resource, method, args, answer, use_async])
    result = subprocess.run(
        [sys.executable, "-c", FIRST_CALL, case], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("resource", "method", "args", "answer", "operation", "unneeded"),
    FIRST_CALLS,
    ids=[f"{case[0]}.{case[1]}" for case in FIRST_CALLS],
)
def test_a_first_call_imports_its_own_operation_only(
    resource: str,
    method: str,
    args: list[str],
    answer: object,
    operation: str,
    unneeded: list[str],
    use_async: bool,
) -> None:
    """A hand-written method's first call imports the generated module of the operation it sends,
    not the resource's other operations, nor the request models and resources of other methods."""
    loaded = _first_call(resource, method, args, answer, use_async)
    endpoints = {name.removeprefix("astra_devops_api.api.") for name in loaded if name.count(".") == 3}
    assert endpoints == {operation}
    assert sorted(loaded.intersection(unneeded)) == []


NO_PATTERN = """
import re._compiler
compiled = []
compile = re._compiler.compile
re._compiler.compile = lambda pattern, flags=0: compiled.append(pattern) or compile(pattern, flags)
import httpx
compiled.clear()
import astra_devops
astra_devops.AstraDevOps(token="AstraCS:probe", default_headers={"X-Probe": "one two"}, app_name="probe/1")
print(compiled)
"""


def test_importing_and_constructing_compiles_no_pattern() -> None:
    """sre's compiler is Python code: each pattern compiled at import cost 0.5-1.6 M instructions."""
    result = subprocess.run(
        [sys.executable, "-c", NO_PATTERN], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"


KEPT_FILTERS = """
import logging, types
import astra_devops
astra_devops.AstraDevOps(token="AstraCS:probe")
for kept in logging.getLogger("httpx").filters:
    reach = getattr(kept, "__globals__", vars(type(kept)))
    modules = sorted(name for name, value in reach.items() if isinstance(value, types.ModuleType))
    print(kept.__module__, type(kept).__name__, modules)
"""


def test_the_filter_left_on_httpxs_logger_reaches_no_module() -> None:
    """httpx's logger keeps the client's filter to the end of interpreter shutdown, and with it the
    globals of its module: as a class of the transport's module it kept everything those reach, and
    made the shutdown of every process that made a client about 7 M instructions longer."""
    result = subprocess.run(
        [sys.executable, "-c", KEPT_FILTERS], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.splitlines() == ["astra_devops._httpx_log function []"]
