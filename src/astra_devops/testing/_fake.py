"""FakeAstra: an in-memory Astra DevOps API answering in the live API's shapes.

It speaks JSON over HTTP only, independent of the client, so it can check the client
and also serve anyone's automation tests. Shapes follow the seed guides (PascalCase role
and user keys, JSON-string policies, `datcenterID`, the error bodies of docs/quirks.md).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx

from ._bundle import bundle_zip
from ._faults import Fault, FaultPlan, template_pattern
from ._state import REGIONS, Database, Organization, access_list_time, new_id, timestamp

PROVIDERS = {"AWS", "GCP", "AZURE"}
TIERS = {"developer", "C10", "C20", "C40", "D10", "D20", "D40", "serverless"}
BUSY = {"PENDING", "INITIALIZING", "MAINTENANCE", "TERMINATING", "PARKING", "UNPARKING", "RESIZING"}
BUNDLE_PATH = "/fake-bundles"
# Seed 003: role create and update answer with an empty update time and the acting client.
_UNSTAMPED = {"LastUpdateDateTime": "", "LastUpdateUserID": "wsbCtHyXCfuSHkBpPpnNkCCW"}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""

    def json(self) -> Any:
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            raise Reply.error(400, "request body is not JSON") from None

    def arg(self, name: str, default: str | None = None) -> str | None:
        return self.query.get(name, [default])[0]


@dataclass
class Reply(Exception):
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> Reply:
        """The common live error shape: `{"errors": [{"ID": ..., "message": ...}]}` (seed 001)."""
        return cls(status, {"errors": [{"ID": status * 100 + 1, "message": message}]})

    def encoded(self) -> tuple[int, dict[str, str], bytes]:
        if isinstance(self.body, bytes):
            return self.status, self.headers, self.body
        if self.body is None:
            return self.status, self.headers, b""
        return (
            self.status,
            {"Content-Type": "application/json", **self.headers},
            json.dumps(self.body).encode(),
        )


Handler = Callable[..., Reply]


class FakeAstra:
    """An in-memory Astra organization behind the DevOps API.

    Lifecycles advance one step each time a database is read (`advance_on_poll=True`), or
    every `step_seconds` of the fake's clock, which `advance()` moves forward.
    """

    def __init__(
        self,
        *,
        advance_on_poll: bool = True,
        step_seconds: float = 1.0,
        retry_after: int = 0,
        slow_seconds: float = 2.0,
    ) -> None:
        self.org = Organization()
        self.advance_on_poll = advance_on_poll
        self.step_seconds = step_seconds
        self.retry_after = retry_after
        self.slow_seconds = slow_seconds
        self.requests: list[Request] = []
        self.bundle_base = "https://fake-bundles.astra.local"
        self._faults = FaultPlan()
        self._offset = 0.0
        self._lock = threading.RLock()
        self._routes = [(method, template_pattern(path), handler) for method, path, handler in self._table()]

    @property
    def token(self) -> str:
        return self.org.token

    @property
    def databases(self) -> dict[str, Database]:
        return self.org.databases

    def __repr__(self) -> str:
        return f"FakeAstra(databases={len(self.org.databases)}, requests={len(self.requests)})"

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering from this fake, in-process: `httpx.Client(transport=...)`."""
        from ._wire import FakeTransport

        return FakeTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The same, for `httpx.AsyncClient(transport=...)`."""
        from ._wire import AsyncFakeTransport

        return AsyncFakeTransport(self)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> AbstractContextManager[str]:
        """Serve this fake over HTTP on loopback: `with fake.serve() as url: ...`."""
        from ._wire import serve

        return serve(self, host, port)

    def fail(self, route: str, faults: list[Fault]) -> None:
        """Plan faults for `"METHOD /path/{template}"`: a status, "reset", "slow", "html502", "truncated"."""
        self._faults.add(route, faults)

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            return self._faults.take(method, path)

    def advance(self, seconds: float) -> None:
        """Move the fake's clock forward, applying every lifecycle step that falls due."""
        with self._lock:
            self._offset += seconds
            self._tick()

    def now(self) -> float:
        return time.monotonic() + self._offset

    def handle(self, request: Request) -> Reply:
        """Answer one request (faults are applied by the transport or server around this)."""
        with self._lock:
            self.requests.append(request)
            if request.path.startswith(BUNDLE_PATH):
                return self._bundle(request)
            if request.headers.get("authorization") != f"Bearer {self.token}":
                return Reply.error(401, "invalid or missing token")
            self._tick()
            try:
                return self._route(request)
            except Reply as reply:
                return reply

    def _route(self, request: Request) -> Reply:
        for method, pattern, handler in self._routes:
            match = pattern.match(request.path)
            if match and method == request.method:
                return handler(request, *match.groups())
        return Reply.error(501, f"FakeAstra does not implement {request.method} {request.path}")

    def _tick(self) -> None:
        if self.advance_on_poll:
            return
        now = self.now()
        for database in self.org.databases.values():
            while database.steps and now - database.last_step_at >= self.step_seconds:
                database.step(database.last_step_at + self.step_seconds)

    def _database(self, database_id: str) -> Database:
        database = self.org.databases.get(database_id)
        if database is None:
            raise Reply.error(404, f"database {database_id} not found")
        return database

    def _idle(self, database_id: str, *allowed: str) -> Database:
        database = self._database(database_id)
        if database.status in BUSY or (allowed and database.status not in allowed):
            raise Reply.error(409, f"database {database_id} is {database.status}; try again later")
        return database

    def _table(self) -> list[tuple[str, str, Handler]]:
        db = "/v2/databases/{databaseID}"
        return [
            ("GET", "/v2/databases", self._list_databases),
            ("POST", "/v2/databases", self._create_database),
            ("GET", db, self._get_database),
            ("POST", f"{db}/terminate", self._terminate),
            ("POST", f"{db}/park", self._transition("PARKING", "PARKED", "ACTIVE")),
            ("POST", f"{db}/unpark", self._transition("UNPARKING", "ACTIVE", "PARKED")),
            ("POST", f"{db}/suspend", self._transition("SUSPENDING", "SUSPENDED", "ACTIVE")),
            ("POST", f"{db}/resize", self._resize),
            ("POST", f"{db}/resetPassword", self._reset_password),
            ("POST", f"{db}/keyspaces/{{keyspaceName}}", self._add_keyspace),
            ("DELETE", f"{db}/keyspaces/{{keyspaceName}}", self._remove_keyspace),
            ("GET", f"{db}/datacenters", self._list_datacenters),
            ("POST", f"{db}/datacenters", self._add_datacenters),
            ("POST", f"{db}/datacenters/{{datacenterID}}/terminate", self._terminate_datacenter),
            ("POST", f"{db}/secureBundleURL", self._secure_bundle_url),
            ("GET", f"{db}/access-list", self._get_access_list),
            ("POST", f"{db}/access-list", self._add_addresses),
            ("PUT", f"{db}/access-list", self._replace_access_list),
            ("PATCH", f"{db}/access-list", self._add_addresses),
            ("DELETE", f"{db}/access-list", self._delete_addresses),
            ("GET", "/v2/access-lists", self._all_access_lists),
            ("GET", "/v2/organizations/roles", self._list_roles),
            ("POST", "/v2/organizations/roles", self._create_role),
            ("GET", "/v2/organizations/roles/{roleID}", self._get_role),
            ("PUT", "/v2/organizations/roles/{roleID}", self._update_role),
            ("DELETE", "/v2/organizations/roles/{roleID}", self._delete_role),
            ("GET", "/v2/organizations/users", self._list_users),
            ("PUT", "/v2/organizations/users", self._invite_user),
            ("GET", "/v2/organizations/users/{userID}", self._get_user),
            ("DELETE", "/v2/organizations/users/{userID}", self._remove_user),
            ("PUT", "/v2/organizations/users/{userID}/roles", self._update_user_roles),
            ("GET", "/v2/clientIdSecrets", self._list_clients),
            ("POST", "/v2/clientIdSecrets", self._create_client),
            ("DELETE", "/v2/clientIdSecrets/{clientId}", self._delete_client),
            ("GET", "/v2/tokens", self._list_clients),
            ("POST", "/v2/tokens", self._create_client),
            ("GET", "/v2/currentOrg", lambda request: Reply(200, {"id": self.org.id, "name": self.org.name})),
            ("GET", "/v2/availableRegions", self._available_regions),
            ("GET", "/v2/regions/serverless", self._serverless_regions),
        ]

    # ---------------------------------------------------------------- databases

    def _list_databases(self, request: Request) -> Reply:
        include = (request.arg("include") or "nonterminated").upper()
        provider = (request.arg("provider") or "ALL").upper()
        limit = min(max(int(request.arg("limit") or 25), 1), 100)
        chosen = [
            database
            for database in self.org.databases.values()
            if _included(database.status, include) and provider in ("ALL", database.info["cloudProvider"])
        ]
        after = request.arg("starting_after")
        if after:
            ids = [database.id for database in chosen]
            chosen = chosen[ids.index(after) + 1 :] if after in ids else []
        return Reply(200, [database.as_json() for database in chosen[:limit]])

    def _create_database(self, request: Request) -> Reply:
        body = request.json()
        info = _valid_database_info(body)
        database = Database(new_id(), self.org.id, next(iter(self.org.users)), info)
        database.datacenters.append(_datacenter(database.id, info, 1))
        database.begin("PENDING", [("INITIALIZING", None), ("ACTIVE", None)], self.now())
        self.org.databases[database.id] = database
        return Reply(201, None, {"Location": f"/v2/databases/{database.id}"})

    def _get_database(self, request: Request, database_id: str) -> Reply:
        database = self._database(database_id)
        if self.advance_on_poll:
            database.step(self.now())
        return Reply(200, database.as_json())

    def _terminate(self, request: Request, database_id: str) -> Reply:
        database = self._database(database_id)
        if database.status in ("TERMINATING", "TERMINATED"):
            return Reply(202)
        database.begin("TERMINATING", [("TERMINATED", None)], self.now())
        return Reply(202)

    def _transition(self, during: str, after: str, before: str) -> Handler:
        def handler(request: Request, database_id: str) -> Reply:
            database = self._idle(database_id, before)
            database.begin(during, [(after, None)], self.now())
            return Reply(202)

        return handler

    def _resize(self, request: Request, database_id: str) -> Reply:
        units = (request.json() or {}).get("capacityUnits")
        if not isinstance(units, int) or not 1 <= units <= 100:
            raise Reply.error(400, "capacityUnits must be an integer from 1 to 100")
        database = self._idle(database_id, "ACTIVE")
        database.begin(
            "RESIZING", [("ACTIVE", lambda: database.info.update(capacityUnits=units))], self.now()
        )
        return Reply(202)

    def _reset_password(self, request: Request, database_id: str) -> Reply:
        body = request.json() or {}
        if not body.get("username") or not body.get("password"):
            raise Reply.error(400, "username and password are required")
        self._idle(database_id, "ACTIVE")
        return Reply(202)

    def _add_keyspace(self, request: Request, database_id: str, name: str) -> Reply:
        database = self._idle(database_id, "ACTIVE")
        if name in database.keyspaces():
            raise Reply.error(409, f"keyspace {name} already exists")
        extra = database.info.setdefault("additionalKeyspaces", [])
        database.begin("MAINTENANCE", [("ACTIVE", lambda: extra.append(name))], self.now())
        return Reply(201)

    def _remove_keyspace(self, request: Request, database_id: str, name: str) -> Reply:
        database = self._idle(database_id, "ACTIVE")
        extra = database.info.get("additionalKeyspaces", [])
        if name not in extra:
            raise Reply.error(404, f"keyspace {name} not found")
        database.begin("MAINTENANCE", [("ACTIVE", lambda: extra.remove(name))], self.now())
        return Reply(204)

    def _list_datacenters(self, request: Request, database_id: str) -> Reply:
        database = self._database(database_id)
        every = request.arg("all") == "true"
        return Reply(200, [dc for dc in database.datacenters if every or dc["status"] != "TERMINATED"])

    def _add_datacenters(self, request: Request, database_id: str) -> Reply:
        body = request.json()
        if not isinstance(body, list) or not body:
            raise Reply.error(400, "expected a list of datacenters")
        database = self._idle(database_id, "ACTIVE")
        new = [
            _datacenter(database.id, _valid_datacenter(entry), len(database.datacenters) + index + 1)
            for index, entry in enumerate(body)
        ]
        database.begin("MAINTENANCE", [("ACTIVE", lambda: database.datacenters.extend(new))], self.now())
        return Reply(201)

    def _terminate_datacenter(self, request: Request, database_id: str, datacenter_id: str) -> Reply:
        database = self._idle(database_id, "ACTIVE")
        target = next((dc for dc in database.datacenters if dc["id"] == datacenter_id), None)
        if target is None:
            raise Reply.error(404, f"datacenter {datacenter_id} not found")
        database.begin("MAINTENANCE", [("ACTIVE", lambda: target.update(status="TERMINATED"))], self.now())
        return Reply(202)

    def _secure_bundle_url(self, request: Request, database_id: str) -> Reply:
        database = self._database(database_id)
        if database.status != "ACTIVE":
            raise Reply.error(409, f"database {database_id} is {database.status}")
        entries = [
            self._bundle_entry(database, dc) for dc in database.datacenters if dc["status"] != "TERMINATED"
        ]
        return Reply(200, entries if request.arg("all") == "true" else entries[0])

    def _bundle_entry(self, database: Database, dc: dict[str, Any]) -> dict[str, Any]:
        signature = secrets.token_hex(8)
        url = f"{self.bundle_base}{BUNDLE_PATH}/{database.id}/{dc['id']}"
        return {
            "downloadURL": f"{url}/external.zip?X-Amz-Signature={signature}",
            "downloadURLInternal": f"{url}/internal.zip?X-Amz-Signature={signature}",
            "downloadURLMigrationProxy": f"{url}/proxy.zip?X-Amz-Signature={signature}",
            "datcenterID": dc["id"],
            "region": dc["region"],
            "cloudProvider": dc["cloudProvider"],
        }

    def _bundle(self, request: Request) -> Reply:
        if "authorization" in request.headers:
            body = (
                b"<Error><Code>AccessDenied</Code><Message>Only one auth mechanism allowed</Message></Error>"
            )
            return Reply(403, body, {"Content-Type": "application/xml"})
        parts = request.path.split("/")
        if len(parts) != 5 or parts[2] not in self.org.databases:
            return Reply(404, b"<Error><Code>NoSuchKey</Code></Error>", {"Content-Type": "application/xml"})
        return Reply(200, bundle_zip(parts[2], parts[3]), {"Content-Type": "application/zip"})

    # ---------------------------------------------------------------- access lists

    def _access_list(self, database: Database) -> dict[str, Any]:
        return {
            "organizationId": self.org.id,
            "databaseId": database.id,
            "addresses": database.access_list,
            "configurations": {"accessListEnabled": bool(database.access_list)},
        }

    def _get_access_list(self, request: Request, database_id: str) -> Reply:
        return Reply(200, self._access_list(self._database(database_id)))

    def _all_access_lists(self, request: Request) -> Reply:
        return Reply(200, [self._access_list(database) for database in self.org.databases.values()])

    def _add_addresses(self, request: Request, database_id: str) -> Reply:
        database = self._database(database_id)
        body = request.json()
        entries = body.get("addresses", []) if isinstance(body, dict) else body
        for entry in _valid_addresses(entries):
            database.access_list = [a for a in database.access_list if a["address"] != entry["address"]]
            database.access_list.append(entry)
        return Reply(204)

    def _replace_access_list(self, request: Request, database_id: str) -> Reply:
        database = self._database(database_id)
        body = request.json() or {}
        database.access_list = _valid_addresses(body.get("addresses", []))
        return Reply(204)

    def _delete_addresses(self, request: Request, database_id: str) -> Reply:
        """The live quirk (docs/quirks.md): of several `addresses`, only the first is removed."""
        database = self._database(database_id)
        addresses = request.query.get("addresses", [])
        if addresses:
            first = addresses[0]
            database.access_list = [entry for entry in database.access_list if entry["address"] != first]
        else:
            database.access_list = []
        return Reply(204)

    # ---------------------------------------------------------------- roles, users, tokens

    def _list_roles(self, request: Request) -> Reply:
        return Reply(200, [_listed_role(role) for role in self.org.roles.values()])

    def _create_role(self, request: Request) -> Reply:
        name, policy = _valid_role(request.json())
        if any(role["Name"] == name for role in self.org.roles.values()):
            raise Reply(400, "unable to create role")
        role_id = new_id()
        self.org.roles[role_id] = {
            "ID": role_id,
            "Name": name,
            "Type": "custom",
            "Policy": json.dumps(policy),
        }
        return Reply(201, {"OrgID": self.org.id, **self.org.roles[role_id], **_UNSTAMPED})

    def _role(self, role_id: str) -> dict[str, Any]:
        role = self.org.roles.get(role_id)
        if role is None:
            raise Reply(404, "unable to get role for organization")
        return role

    def _get_role(self, request: Request, role_id: str) -> Reply:
        role = self._role(role_id)
        return Reply(200, {"ID": role["ID"], "Name": role["Name"], "policy": role["Policy"]})

    def _update_role(self, request: Request, role_id: str) -> Reply:
        role = self._role(role_id)
        name, policy = _valid_role(request.json())
        role.update(Name=name, Policy=json.dumps(policy))
        return Reply(200, {"OrgID": self.org.id, **role, **_UNSTAMPED})

    def _delete_role(self, request: Request, role_id: str) -> Reply:
        self._role(role_id)
        del self.org.roles[role_id]
        return Reply(204)

    def _list_users(self, request: Request) -> Reply:
        users = list(self.org.users.values())
        return Reply(200, {"OrgID": self.org.id, "OrgName": self.org.name, "Users": users})

    def _user(self, user_id: str) -> dict[str, Any]:
        user = self.org.users.get(user_id)
        if user is None:
            raise Reply.error(404, f"user {user_id} not found")
        return user

    def _get_user(self, request: Request, user_id: str) -> Reply:
        return Reply(200, self._user(user_id))

    def _invite_user(self, request: Request) -> Reply:
        body = request.json() or {}
        email, roles = body.get("email"), body.get("roles")
        if not isinstance(email, str) or "@" not in email or not isinstance(roles, list) or not roles:
            raise Reply.error(400, "email and roles are required")
        user_id = new_id()
        self.org.users[user_id] = {
            "UserID": user_id,
            "Email": email,
            "Status": "invited",
            "Roles": self._role_refs(roles),
        }
        return Reply(200)

    def _role_refs(self, role_ids: list[str]) -> list[dict[str, str]]:
        return [{"ID": role_id, "Name": self._role(role_id)["Name"]} for role_id in role_ids]

    def _remove_user(self, request: Request, user_id: str) -> Reply:
        self._user(user_id)
        del self.org.users[user_id]
        return Reply(204)

    def _update_user_roles(self, request: Request, user_id: str) -> Reply:
        roles = (request.json() or {}).get("roles")
        if not isinstance(roles, list) or not roles:
            raise Reply.error(400, "roles are required")
        self._user(user_id)["Roles"] = self._role_refs(roles)
        return Reply(204)

    def _list_clients(self, request: Request) -> Reply:
        clients = [{k: v for k, v in client.items() if k != "token"} for client in self.org.clients.values()]
        return Reply(200, {"clients": clients})

    def _create_client(self, request: Request) -> Reply:
        roles = (request.json() or {}).get("roles")
        if not isinstance(roles, list) or not roles:
            raise Reply.error(400, "roles are required")
        self._role_refs(roles)
        client_id, secret = secrets.token_hex(12), secrets.token_urlsafe(32)
        token = f"AstraCS:{client_id}:{secrets.token_hex(32)}"
        self.org.clients[client_id] = {
            "clientId": client_id,
            "roles": roles,
            "generatedOn": timestamp(),
            "token": token,
        }
        return Reply(
            200,
            {
                "clientId": client_id,
                "secret": secret,
                "orgId": self.org.id,
                "roles": roles,
                "token": token,
                "generatedOn": timestamp(),
            },
        )

    def _delete_client(self, request: Request, client_id: str) -> Reply:
        if self.org.clients.pop(client_id, None) is None:
            raise Reply.error(404, f"client {client_id} not found")
        return Reply(200)

    # ---------------------------------------------------------------- regions

    def _available_regions(self, request: Request) -> Reply:
        return Reply(
            200,
            [
                {
                    "tier": "serverless",
                    "cloudProvider": provider,
                    "region": region,
                    "cost": {"costPerMinCents": 0},
                    "databaseCountUsed": 0,
                    "databaseCountLimit": 50,
                    "capacityUnitsUsed": 0,
                    "capacityUnitsLimit": 100,
                    "defaultStoragePerCapacityUnitGb": 10,
                }
                for provider, regions in REGIONS.items()
                for region in regions
            ],
        )

    def _serverless_regions(self, request: Request) -> Reply:
        return Reply(
            200,
            [
                {
                    "cloudProvider": provider,
                    "name": region,
                    "displayName": region,
                    "zone": "na",
                    "classification": "standard",
                    "enabled": True,
                    "reservedForQualifiedUsers": False,
                    "region_type": "vector",
                }
                for provider, regions in REGIONS.items()
                for region in regions
            ],
        )


def _included(status: str, include: str) -> bool:
    if include == "ALL":
        return True
    if include == "NONTERMINATED":
        return status not in ("TERMINATED",)
    return status == include


def _valid_database_info(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise Reply.error(400, "expected a JSON object")
    problems = []
    if not body.get("name"):
        problems.append("name is required")
    if body.get("cloudProvider") not in PROVIDERS:
        problems.append("cloudProvider must be one of AWS, GCP, AZURE")
    if body.get("tier") not in TIERS:
        problems.append("tier is not valid")
    units = body.get("capacityUnits")
    if not isinstance(units, int) or not 1 <= units <= 100:
        problems.append("capacityUnits must be from 1 to 100")
    if not body.get("region"):
        problems.append("region is required")
    if problems:
        raise Reply.error(422, "; ".join(problems))
    return {
        "name": body["name"],
        "keyspace": body.get("keyspace") or "default_keyspace",
        "cloudProvider": body["cloudProvider"],
        "tier": body["tier"],
        "capacityUnits": units,
        "region": body["region"],
        "dbType": body.get("dbType", "vector"),
        "additionalKeyspaces": [],
    }


def _valid_datacenter(entry: Any) -> dict[str, Any]:
    if not isinstance(entry, dict) or entry.get("cloudProvider") not in PROVIDERS or not entry.get("region"):
        raise Reply.error(400, "each datacenter needs cloudProvider and region")
    return {
        "cloudProvider": entry["cloudProvider"],
        "region": entry["region"],
        "tier": entry.get("tier", "serverless"),
        "capacityUnits": entry.get("capacityUnits", 1),
    }


def _datacenter(database_id: str, info: dict[str, Any], number: int) -> dict[str, Any]:
    return {
        "id": f"{database_id}-{number}",
        "name": f"dc-{number}",
        "tier": info["tier"],
        "status": "ACTIVE",
        "cloudProvider": info["cloudProvider"],
        "region": info["region"],
        "regionZone": "na",
        "regionClassification": "standard",
        "capacityUnits": info["capacityUnits"],
    }


def _valid_addresses(entries: Any) -> list[dict[str, Any]]:
    if not isinstance(entries, list):
        raise Reply.error(400, "expected a list of addresses")
    valid = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("address"), str):
            raise Reply.error(400, "each address needs an `address`")
        valid.append(
            {
                "address": entry["address"],
                "enabled": entry.get("enabled", True),
                "description": entry.get("description", ""),
                "lastUpdateDateTime": access_list_time(),
            }
        )
    return valid


def _valid_role(body: Any) -> tuple[str, dict[str, Any]]:
    if not isinstance(body, dict) or not body.get("name") or not isinstance(body.get("policy"), dict):
        raise Reply.error(400, "name and policy are required")
    return body["name"], body["policy"]


def _listed_role(role: dict[str, Any]) -> dict[str, Any]:
    """The role list uses a lowercase `policy` key (seed 003) where create answers `Policy`."""
    return {"ID": role["ID"], "Name": role["Name"], "Type": role["Type"], "policy": role["Policy"]}


def parse_query(query: str) -> dict[str, list[str]]:
    return parse_qs(query, keep_blank_values=True)
