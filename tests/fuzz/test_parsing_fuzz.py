"""Generated response bodies: parse, or raise APIResponseValidationError, never anything else."""

import contextlib
import gc
import json
from collections.abc import Callable
from functools import partial
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from astra_devops._parsing import parse_model, parse_models
from astra_devops.errors import APIResponseValidationError
from astra_devops.models import Database
from astra_devops.resources.access_lists import parse_access_list
from astra_devops.resources.databases import bundle_entries
from astra_devops.resources.roles import parse_role, parse_roles
from astra_devops.resources.tokens import parse_clients
from astra_devops.resources.users import parse_user, parse_users

RESPONSE = httpx.Response(200, request=httpx.Request("GET", "https://api.astra.datastax.com/v2/x"))

# Shapes from the seeds (001 database, 003 roles/users/tokens/access lists), as the live API sends them.
DATABASE = {
    "id": "1234-5678-91011121-3141",
    "orgId": "organizations/7142",
    "ownerId": "users/8243",
    "info": {
        "name": "db",
        "keyspace": "ks",
        "cloudProvider": "AWS",
        "tier": "serverless",
        "capacityUnits": 1,
        "region": "us-east-2",
        "additionalKeyspaces": ["extra"],
        "dbType": "vector",
    },
    "creationTime": "2012-11-01T22:08:41+00:00",
    "status": "ACTIVE",
    "storage": {"nodeCount": 3, "replicationFactor": 3, "totalStorage": 5, "usedStorage": 1},
    "availableActions": ["park", "terminate"],
    "cqlshUrl": "https://x/cqlsh",
}
ROLE = {
    "ID": "b125f9ab",
    "Name": "keyspaceRole",
    "Type": "custom",
    "OrgID": "dccb8c32",
    "Policy": json.dumps(
        {"description": "d", "resources": ["drn:astra:org:x"], "actions": ["db-cql"], "effect": "allow"}
    ),
}
USER = {
    "UserID": "388def78",
    "Email": "a@b.co",
    "Status": "active",
    "Roles": [{"ID": "704fc2af", "Name": "Admin"}],
}
USERS = {"OrgID": "dacb3c32", "OrgName": "DataStax", "Users": [USER]}
CLIENTS = {
    "clients": [
        {
            "clientId": "DkFtHKMhDQDuQtlExkSzwbya",
            "roles": ["21ef3576"],
            "generatedOn": "2021-02-22T17:09:58.668Z",
        }
    ]
}
ACCESS_LIST = {
    "organizationId": "8fbcfe1d-56fa-4ed0-9aff-f57029feef1b",
    "databaseId": "8fbcfe1d-56fa-4ed0-9aff-f57029feef1c",
    "addresses": [
        {
            "address": "137.187.23.0/24",
            "enabled": True,
            "description": "prod",
            "lastUpdateDateTime": "2021-08-03 15:20:29.008 +0000 UTC",
        }
    ],
    "configurations": {"accessListEnabled": True},
}
BUNDLE = {"downloadURL": "https://s/b.zip", "downloadURLInternal": "https://s/i.zip", "datcenterID": "dc-1"}

CASES: list[tuple[Callable[[Any, httpx.Response], Any], Any]] = [
    (partial(parse_model, Database), DATABASE),
    (partial(parse_models, Database), [DATABASE, DATABASE]),
    (parse_role, ROLE),
    (parse_roles, [ROLE]),
    (parse_user, USER),
    (parse_users, USERS),
    (parse_clients, CLIENTS),
    (parse_access_list, ACCESS_LIST),
    (bundle_entries, BUNDLE),
    (bundle_entries, [BUNDLE, BUNDLE]),
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def recase(key: str, style: int) -> str:
    return [key, key.upper(), key.lower(), key[:1].upper() + key[1:], key.swapcase()][style]


@st.composite
def mutated(draw: st.DrawFn, value: Any) -> Any:
    """The body with keys re-cased, extra keys, values nulled, dropped, replaced or made unknown."""
    if isinstance(value, dict):
        result: dict[str, Any] = {}
        for key, item in value.items():
            action = draw(
                st.sampled_from(["keep", "keep", "keep", "recase", "drop", "null", "replace", "unknown"])
            )
            if action == "drop":
                continue
            name = recase(key, draw(st.integers(0, 4))) if action == "recase" else key
            if action == "null":
                result[name] = None
            elif action == "replace":
                result[name] = draw(json_values)
            elif action == "unknown":
                result[name] = draw(st.sampled_from(["HIBERNATED", "accesslist-read", "", "DEGRADED", "🦄"]))
            else:
                result[name] = draw(mutated(item))
        for extra in draw(st.lists(st.text(min_size=1, max_size=8), max_size=2)):
            result[extra] = draw(json_values)
        return result
    if isinstance(value, list):
        return [draw(mutated(item)) for item in value]
    return value


def assert_parsed_or_refused(parse: Callable[[Any, httpx.Response], Any], body: Any) -> None:
    """A body becomes the parser's result, or the typed error naming the answer it could not read."""
    try:
        result = parse(body, RESPONSE)
    except APIResponseValidationError as error:
        assert (error.status_code, error.method) == (RESPONSE.status_code, RESPONSE.request.method)
        assert error.reason
    else:
        assert result is not None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_bodies_parse_or_raise_the_validation_error(data: st.DataObject) -> None:
    for parse, body in CASES:
        assert_parsed_or_refused(parse, data.draw(mutated(body)))


@settings(max_examples=60, deadline=None)
@given(body=json_values)
def test_arbitrary_json_parses_or_raises_the_validation_error(body: Any) -> None:
    for parse, _ in CASES:
        assert_parsed_or_refused(parse, body)


LONG_LIST = 50


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_one_mutated_item_in_a_long_list_parses_or_raises_the_validation_error(data: st.DataObject) -> None:
    """A long list: the same errors, and the GC left on."""
    body: list[Any] = [DATABASE] * LONG_LIST
    body.insert(data.draw(st.integers(0, LONG_LIST)), data.draw(mutated(DATABASE) | json_values))
    with contextlib.suppress(APIResponseValidationError):
        assert len(parse_models(Database, body, RESPONSE)) == LONG_LIST + 1
    assert gc.isenabled()


def test_the_unmutated_seed_shapes_parse() -> None:
    for parse, body in CASES:
        assert parse(body, RESPONSE)
