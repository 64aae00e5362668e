"""The fake organization's data, and database lifecycles that advance step by step."""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

Effect = Callable[[], None]

# Seed 003 (Managing roles) lists these default roles with JSON-string policies.
DEFAULT_ROLES = {
    "Organization Administrator": [
        "org-admin",
        "org-read",
        "org-write",
        "org-user-read",
        "org-user-write",
        "org-role-read",
        "org-role-write",
        "org-token-read",
        "org-token-write",
        "org-db-create",
        "org-db-terminate",
        "org-db-view",
        "accesslist-read",
    ],
    "Database Administrator": [
        "org-db-create",
        "org-db-terminate",
        "org-db-expand",
        "org-db-view",
        "db-all-keyspace-create",
        "accesslist-read",
        "accesslist-write",
    ],
    "Read Only User": ["org-read", "org-db-view", "db-keyspace-describe", "db-table-select"],
    "API Admin Svc Acct": [
        "accesslist-read",
        "org-billing-read",
        "org-user-read",
        "org-db-create",
        "org-db-view",
        "org-token-read",
        "org-token-write",
    ],
}
AWS_REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1"]
GCP_REGIONS = ["us-east1", "europe-west1"]
AZURE_REGIONS = ["eastus", "westeurope"]
REGIONS = {"AWS": AWS_REGIONS, "GCP": GCP_REGIONS, "AZURE": AZURE_REGIONS}
# Classic tiers live in fewer regions than serverless: the first two of each provider here.
CLASSIC_TIERS = ("C10", "C20", "C40", "D10", "D20", "D40")
CLASSIC_REGIONS = {provider: regions[:2] for provider, regions in REGIONS.items()}
SERVERLESS_TIERS = ("serverless", "developer")


def tier_regions(tier: str, provider: str) -> list[str]:
    """The regions where `tier` can run on `provider`: what /v2/availableRegions lists."""
    if tier in SERVERLESS_TIERS:
        return REGIONS.get(provider, [])
    if tier in CLASSIC_TIERS:
        return CLASSIC_REGIONS.get(provider, [])
    return []


def new_id() -> str:
    return str(uuid.uuid4())


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def access_list_time() -> str:
    """The access-list date format the live API sends (docs/quirks.md): not ISO 8601."""
    now = datetime.now(UTC)
    return now.strftime("%Y-%m-%d %H:%M:%S.") + f"{now.microsecond // 1000:03d} +0000 UTC"


def policy_text(description: str, actions: list[str], org_id: str) -> str:
    """Policies travel as JSON inside a string (seed 003)."""
    return json.dumps(
        {
            "description": description,
            "resources": [f"drn:astra:org:{org_id}"],
            "actions": actions,
            "effect": "allow",
        }
    )


class Steps:
    """A lifecycle that moves through planned statuses, one step per poll or per clock period.

    Read like the API's JSON, too: `thing["status"]` is `thing.as_json()["status"]`.
    """

    status: str
    steps: list[tuple[str, Effect | None]]
    last_step_at: float

    def begin(self, status: str, then: list[tuple[str, Effect | None]], now: float) -> None:
        self.status, self.steps, self.last_step_at = status, then, now

    def as_json(self) -> dict[str, Any]:
        raise NotImplementedError

    def __getitem__(self, key: str) -> Any:
        return self.as_json()[key]

    def step(self, now: float) -> None:
        if self.steps:
            self.status, effect = self.steps.pop(0)
            self.last_step_at = now
            if effect is not None:
                effect()


@dataclass
class FakeOperation(Steps):
    """A long-running operation of the fake (PCU group, migration, clone, restore, billing report).

    Attributes:
        id: Its id.
        status: Its status now, starting at `PENDING`.
        fields: Its other fields, in the wire's shape.
    """

    id: str
    fields: dict[str, Any]
    status: str = "PENDING"
    steps: list[tuple[str, Effect | None]] = field(default_factory=list, init=False, repr=False)
    last_step_at: float = field(default=0.0, init=False, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {**self.fields, "status": self.status}


@dataclass
class FakeDatabase(Steps):
    """A database of the fake, as `FakeAstra.databases` holds it.

    `database["status"]`, `database["info"]["name"]` or `database.as_json()` read it as
    `GET /v2/databases/{databaseId}` answers it (camelCase keys, as on the wire).

    Attributes:
        id: Its id.
        org_id: The id of the organization that owns it.
        owner_id: The id of the user who created it.
        info: Its `info` object in the wire's shape (`name`, `keyspace`, `cloudProvider`, `region`,
            `tier`, `capacityUnits`, ...).
        status: Its status now, such as `PENDING`, `ACTIVE` or `TERMINATED`.
        created: When it was created, as the wire writes it (`2026-01-01T00:00:00Z`).
        datacenters: Its datacenters, in the wire's shape.
        access_list: The addresses of its access list, in the wire's shape.
        access_list_enabled: Whether its access list is enforced.
    """

    id: str
    org_id: str
    owner_id: str
    info: dict[str, Any]
    status: str = "PENDING"
    created: str = field(default_factory=timestamp)
    datacenters: list[dict[str, Any]] = field(default_factory=list)
    steps: list[tuple[str, Effect | None]] = field(default_factory=list, init=False, repr=False)
    last_step_at: float = field(default=0.0, init=False, repr=False)
    access_list: list[dict[str, Any]] = field(default_factory=list)
    access_list_enabled: bool = False

    def keyspaces(self) -> list[str]:
        return [self.info["keyspace"], *self.info.get("additionalKeyspaces", [])]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "orgId": self.org_id,
            "ownerId": self.owner_id,
            "info": {**self.info, "keyspaces": self.keyspaces(), "datacenters": self.datacenters},
            "creationTime": self.created,
            "status": self.status,
            "storage": {"nodeCount": 3, "replicationFactor": 3, "totalStorage": 5, "usedStorage": 0},
            "availableActions": ["terminate", "addKeyspace", "removeKeyspace", "getCreds"],
            "cqlshUrl": f"https://{self.id}-{self.info['region']}.apps.astra.datastax.com/cqlsh",
            "dataEndpointUrl": f"https://{self.id}-{self.info['region']}.apps.astra.datastax.com/api/rest",
        }


@dataclass
class FakeOrganization:
    """The fake's organization (`FakeAstra.org`): its stores, keyed by id.

    A new one has default roles, the token's user and token, and nothing else. `databases` holds
    `FakeDatabase`s and `pcu_groups`, `operations` (clones and restores) and `reports` hold
    `FakeOperation`s; every other store holds plain dicts in the wire's shape, as the API answers
    them (`roles`, `users` with PascalCase keys, `clients` for tokens, `scim_users`, ...).
    """

    token: str = field(default_factory=lambda: "AstraCS:" + secrets.token_urlsafe(24))
    id: str = field(default_factory=new_id)
    name: str = "Fake Astra Organization"
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    clients: dict[str, dict[str, Any]] = field(default_factory=dict)
    databases: dict[str, FakeDatabase] = field(default_factory=dict)
    pcu_groups: dict[str, FakeOperation] = field(default_factory=dict)
    associations: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    operations: dict[str, FakeOperation] = field(default_factory=dict)
    reports: dict[str, FakeOperation] = field(default_factory=dict)
    private_links: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    peerings: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    cdc: dict[str, dict[str, Any]] = field(default_factory=dict)
    telemetry: dict[str, dict[str, Any]] = field(default_factory=dict)
    audit_logs: dict[str, Any] | None = None
    custom_domains: list[str] = field(default_factory=list)
    devops_acl: list[dict[str, Any]] = field(default_factory=list)
    keys: dict[str, list[dict[str, str]]] = field(default_factory=lambda: {"serverless": [], "classic": []})
    cloud_accounts: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    scim_users: dict[str, dict[str, Any]] = field(default_factory=dict)
    scim_groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    enterprise_orgs: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, actions in DEFAULT_ROLES.items():
            role_id = new_id()
            self.roles[role_id] = {
                "ID": role_id,
                "Name": name,
                "Type": "default",
                "Policy": policy_text(name, actions, self.id),
            }
        admin = next(iter(self.roles))
        user_id = new_id()
        self.users[user_id] = {
            "UserID": user_id,
            "Email": "owner@example.com",
            "Status": "active",
            "Roles": [{"ID": admin, "Name": "Organization Administrator"}],
        }
        client_id = secrets.token_hex(12)
        self.clients[client_id] = {
            "clientId": client_id,
            "roles": [admin],
            "generatedOn": timestamp(),
            "token": self.token,
        }

    def __repr__(self) -> str:
        return f"Organization(id={self.id!r}, databases={len(self.databases)})"

    def lifecycles(self) -> Iterator[Steps]:
        yield from self.databases.values()
        yield from self.pcu_groups.values()
        yield from self.operations.values()
        yield from self.reports.values()


def association(group_id: str, datacenter_id: str) -> dict[str, Any]:
    """A PCU group's link to a datacenter, as pcuAssociationGet lists it."""
    now = timestamp()
    return {
        "datacenterUUID": datacenter_id,
        "pcuGroupUUID": group_id,
        "provisioningStatus": "CREATED",
        "createdAt": now,
        "updatedAt": now,
        "createdBy": "fake",
        "updatedBy": "fake",
    }
