"""Fixed sets of values (issue 31): each `Literal` of the hand-written signatures holds what the
contract (or the run-time check) accepts, every value it holds is accepted at run time, and a
wrong argument is refused before any request by an error naming the argument and what it takes."""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from astra_devops_api import models as generated

from astra_devops import AstraDevOps, _validate, models
from astra_devops._requests.databases import BUNDLE_KINDS, IF_EXISTS
from astra_devops.errors import ConfigurationError

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = json.loads((ROOT / "generated" / "openapi.json").read_text())["components"]["schemas"]
PUBLISHED = yaml.safe_load((ROOT / "openapi" / "astra-devops-api.yaml").read_text())["components"]["schemas"]


def _values(literal: object) -> set[str]:
    found: set[str] = set()
    for arg in typing.get_args(literal):
        found |= _values(arg) if typing.get_args(arg) else {arg}
    return found


def _enum(enum: Any) -> set[str]:
    return {member.value for member in enum}


@pytest.mark.parametrize(
    ("literal", "accepted"),
    [
        (_validate.Tier, _enum(generated.DatabaseInfoCreateTier)),
        (_validate.DbType, _enum(generated.DatabaseInfoCreateDbType)),
        (_validate.CloudProvider, {v.lower() for v in _enum(generated.DatabaseInfoCreateCloudProvider)}),
        (_validate.ProviderFilter, {v.lower() for v in _enum(generated.ListDatabasesProvider)}),
        (_validate.IncludeFilter, _enum(generated.ListDatabasesInclude)),
        (_validate.IfExists, set(IF_EXISTS)),
        (_validate.BundleKind, set(BUNDLE_KINDS)),
        (_validate.DatabaseStatus, set(CONTRACT["Database"]["properties"]["status"]["x-extensible-enum"])),
    ],
    ids=["tier", "db_type", "cloud_provider", "provider", "include", "if_exists", "kind", "status"],
)
def test_each_literal_holds_what_the_contract_accepts(literal: object, accepted: set[str]) -> None:
    held = _values(literal)
    folded = (
        {value.lower() for value in held}
        if literal in (_validate.CloudProvider, _validate.ProviderFilter)
        else held
    )
    assert folded == accepted


def test_the_migration_goals_hold_the_contracts_states_and_what_pause_and_abort_wait_for() -> None:
    published = set(PUBLISHED["MigrationStatus"]["properties"]["status"]["enum"])
    assert _values(_validate.MigrationGoal) == published | {"PAUSED", "ABORTED"}


def test_a_wait_for_a_live_status_never_ends_on_nothing() -> None:
    assert "TERMINATED" not in _values(_validate.LiveStatus)
    assert _values(_validate.DatabaseStatus) - _values(_validate.LiveStatus) == {"TERMINATED"}


@pytest.mark.parametrize(
    ("check", "literal"),
    [
        (_validate.tier, _validate.Tier),
        (_validate.db_type, _validate.DbType),
        (_validate.cloud_provider, _validate.CloudProvider),
    ],
)
def test_every_literal_value_passes_its_run_time_check(
    check: Callable[[object], str], literal: object
) -> None:
    for value in _values(literal):
        assert check(value).lower() == value.lower()


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(201, json={"ID": "r", "Name": "n", "policy": "{}"})


@pytest.fixture
def sent() -> Recorder:
    return Recorder()


@pytest.fixture
def client(sent: Recorder) -> AstraDevOps:
    return AstraDevOps(token="AstraCS:t", http_client=httpx.Client(transport=httpx.MockTransport(sent)))


def _prometheus(strategy: str) -> Any:
    block = models.RemotePrometheusBearerAuthTelemetryRequest(
        endpoint="https://p", auth_strategy=strategy, token="t"
    )
    return models.RemotePrometheusTelemetryRequest(prometheus_remote=block)


def _policy(**fields: Any) -> Any:
    return models.Policy(
        **{
            "description": "d",
            "resources": ["drn:astra:org:o"],
            "actions": ["db-rest"],
            "effect": "allow",
            **fields,
        }
    )


WRONG: dict[str, tuple[Callable[[AstraDevOps], object], tuple[str, ...]]] = {
    "if_exists": (
        lambda c: c.databases.create(name="x", cloud_provider="AWS", region="r", if_exists="retrun"),
        ("if_exists", "'retrun'", "error, return"),
    ),
    "cloud_provider": (
        lambda c: c.databases.create(name="x", cloud_provider="mars", region="r"),
        ("cloud_provider", "AWS", "any case"),
    ),
    "include": (lambda c: list(c.databases.list(include=5)), ("include", "nonterminated")),
    "provider": (lambda c: list(c.databases.list(provider="mars")), ("provider", "ALL")),
    "kind": (
        lambda c: c.databases.download_secure_bundle("d", "b.zip", kind="zip"),
        ("kind", "migration-proxy"),
    ),
    "datacenter tier": (
        lambda c: c.datacenters.add("d", cloud_provider="AWS", region="r", tier="C11"),
        ("tier", "'C11'", "serverless"),
    ),
    "policy effect": (lambda c: c.roles.create("r", _policy(effect="allowed")), ("policy effect", "allow")),
    "policy actions": (lambda c: c.roles.create("r", _policy(actions="db-rest")), ("policy actions", "list")),
    "policy keys": (lambda c: c.roles.create("r", {"resources": []}), ("policy needs", "effect")),
    "address": (lambda c: c.access_lists.add("d", [5]), ("addresses", "CIDR")),
    "email": (lambda c: c.users.invite("nobody", ["r"]), ("email", "name@example.com")),
    "generated body": (
        lambda c: c.telemetry.configure("d", body=_prometheus("bearer")),
        ("configure_telemetry", "body", "RemotePrometheusTelemetryRequest"),
    ),
}


@pytest.mark.parametrize("case", WRONG)
def test_a_wrong_argument_is_named_with_what_it_takes_before_any_request(
    case: str, client: AstraDevOps, sent: Recorder
) -> None:
    call, words = WRONG[case]
    with pytest.raises(ConfigurationError) as raised:
        call(client)
    assert [word for word in words if word not in str(raised.value)] == []
    assert sent.requests == []


def test_a_policy_built_with_plain_strings_is_sent_as_its_values(client: AstraDevOps, sent: Recorder) -> None:
    client.roles.create("reader", _policy(effect="allow"))
    (request,) = sent.requests
    policy = json.loads(request.content)["policy"]
    assert (policy["effect"], policy["actions"]) == ("allow", ["db-rest"])
