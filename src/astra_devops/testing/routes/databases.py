"""Databases, keyspaces, datacenters and secure connect bundles."""

from __future__ import annotations

import secrets
from typing import Any

from ..._validate import keyspace_name
from ...errors import ConfigurationError
from .._bundle import bundle_zip
from .._http import Reply, Request, Route
from .._state import CLASSIC_TIERS, SERVERLESS_TIERS, FakeDatabase, association, new_id, tier_regions
from .._world import World, name_problem, text, whole

PROVIDERS = ("AWS", "GCP", "AZURE")
TIERS = (*SERVERLESS_TIERS, *CLASSIC_TIERS)
BUNDLE_PATH = "/fake-bundles"
INCLUDE = {
    "nonterminated", "all", "active", "pending", "preparing", "prepared", "initializing", "parked",
    "parking", "unparking", "terminating", "terminated", "resizing", "error", "maintenance",
    "suspended", "suspending",
}  # fmt: skip


def routes(world: World) -> list[Route]:
    api = _Databases(world)
    db = "/v2/databases/{databaseID}"
    keyspace = f"{db}/keyspaces/{{keyspaceName}}"
    return [
        Route("GET", "/v2/databases", api.list),
        Route("POST", "/v2/databases", api.create),
        Route("GET", db, api.get),
        Route("POST", f"{db}/terminate", api.terminate),
        Route("POST", f"{db}/park", api.transition("PARKING", "PARKED", "ACTIVE", classic="park")),
        Route("POST", f"{db}/unpark", api.transition("UNPARKING", "ACTIVE", "PARKED", classic="unpark")),
        Route("POST", f"{db}/suspend", api.transition("SUSPENDING", "SUSPENDED", "ACTIVE")),
        Route("POST", f"{db}/resize", api.resize),
        Route("POST", f"{db}/resetPassword", api.reset_password),
        Route("PUT", f"{db}/engineType", api.engine_type),
        Route("POST", keyspace, api.add_keyspace),
        Route("DELETE", keyspace, api.remove_keyspace),
        Route("POST", f"{keyspace}/actions/alterWithGraphEngine", api.graph_engine),
        Route("POST", f"{keyspace}/tables/{{tableName}}/solr/createCorewithconfigs", api.solr_index),
        Route("GET", f"{db}/datacenters", api.list_datacenters),
        Route("POST", f"{db}/datacenters", api.add_datacenters),
        Route("POST", f"{db}/datacenters/{{datacenterID}}/terminate", api.terminate_datacenter),
        Route("POST", f"{db}/secureBundleURL", api.secure_bundle_url),
        Route("GET", f"{BUNDLE_PATH}/{{databaseID}}/{{datacenterID}}/{{file}}", api.bundle, False),
    ]


class _Databases:
    def __init__(self, world: World) -> None:
        self.world = world

    def list(self, request: Request) -> Reply:
        include = (request.arg("include") or "nonterminated").lower()
        provider = (request.arg("provider") or "ALL").upper()
        if include not in INCLUDE or provider not in ("ALL", *PROVIDERS):
            raise Reply.error(400, "include or provider is not valid")
        limit = min(max(request.int_arg("limit", 25), 1), 100)
        chosen = [
            database
            for database in _after(list(self.world.org.databases.values()), request.arg("starting_after"))
            if _included(database.status, include) and provider in ("ALL", database.info["cloudProvider"])
        ]
        return Reply(200, [database.as_json() for database in chosen[:limit]])

    def create(self, request: Request) -> Reply:
        info = _valid_database_info(request.object())
        group_id = info.pop("pcuGroupUUID", None)
        if group_id is not None:
            self._check_group(group_id, info)
        org = self.world.org
        owner = next(iter(org.users), org.id)  # the token's user, unless it was removed
        database = FakeDatabase(new_id(), org.id, owner, info)
        database.datacenters.append(_datacenter(database.id, info, 1, group_id))
        database.begin(
            "PENDING",
            self.world.ending("database", [("INITIALIZING", None), ("ACTIVE", None)]),
            self.world.now(),
        )
        org.databases[database.id] = database
        self.world.created("database", database.id)
        if group_id is not None:
            datacenter_id = database.datacenters[0]["id"]
            org.associations[(group_id, datacenter_id)] = association(group_id, datacenter_id)
        return Reply(201, None, {"Location": database.id})

    def _check_group(self, group_id: str, info: dict[str, Any]) -> None:
        group = self.world.pcu_group(group_id).fields
        if (group["cloudProvider"], group["region"]) != (info["cloudProvider"], info["region"]):
            raise Reply.error(400, f"PCU group {group_id} is in another provider or region")

    def get(self, request: Request, database_id: str) -> Reply:
        self.world.visible(database_id, f"database {database_id}")
        database = self.world.database(database_id)
        self.world.polled(database)
        return Reply(200, database.as_json())

    def terminate(self, request: Request, database_id: str) -> Reply:
        database = self.world.database(database_id)
        request.bool_arg("preparedStateOnly")
        if database.status not in ("TERMINATING", "TERMINATED"):
            database.begin("TERMINATING", [("TERMINATED", None)], self.world.now())
        return Reply(202)

    def transition(self, during: str, after: str, before: str, classic: str | None = None) -> Any:
        """An action taking a database from `before` through `during` to `after`; `classic`
        names an action only classic databases take."""

        def handler(request: Request, database_id: str) -> Reply:
            request.int_arg("freeConsumed", 0)
            if classic is not None:
                _classic_only(self.world.database(database_id), classic)
            database = self.world.idle(database_id, before)
            database.begin(during, [(after, None)], self.world.now())
            return Reply(202)

        return handler

    def resize(self, request: Request, database_id: str) -> Reply:
        units = request.object().get("capacityUnits")
        _classic_only(self.world.database(database_id), "resize")
        whole(units, "capacityUnits", 1, 100)
        database = self.world.idle(database_id, "ACTIVE")
        grow = [("MAINTENANCE", lambda: database.info.update(capacityUnits=units)), ("ACTIVE", None)]
        database.begin("RESIZING", grow, self.world.now())
        return Reply(202)

    def reset_password(self, request: Request, database_id: str) -> Reply:
        body = request.object()
        text(body, "username")
        text(body, "password")
        self.world.idle(database_id, "ACTIVE")
        return Reply(202)

    def engine_type(self, request: Request, database_id: str) -> Reply:
        engine = request.object().get("engineType")
        if engine not in ("cql", "graph"):
            raise Reply.error(400, "engineType must be cql or graph")
        self.world.idle(database_id, "ACTIVE").info["engineType"] = engine
        return Reply(202)

    def _keyspace(self, database_id: str, keyspace: str, status: int = 400) -> FakeDatabase:
        try:
            keyspace_name(keyspace)
        except ConfigurationError as error:
            raise Reply.error(status, str(error)) from None
        return self.world.idle(database_id, "ACTIVE")

    def add_keyspace(self, request: Request, database_id: str, keyspace: str) -> Reply:
        database = self._keyspace(database_id, keyspace, 422)
        if keyspace in database.keyspaces():
            raise Reply.error(409, f"keyspace {keyspace} already exists")
        extra = database.info.setdefault("additionalKeyspaces", [])
        database.begin("MAINTENANCE", [("ACTIVE", lambda: extra.append(keyspace))], self.world.now())
        return Reply(201)

    def remove_keyspace(self, request: Request, database_id: str, keyspace: str) -> Reply:
        database = self._keyspace(database_id, keyspace)
        extra = database.info.get("additionalKeyspaces", [])
        if keyspace not in extra:
            raise Reply.error(404, f"keyspace {keyspace} not found")
        database.begin("MAINTENANCE", [("ACTIVE", lambda: extra.remove(keyspace))], self.world.now())
        return Reply(204)

    def _existing_keyspace(self, database_id: str, keyspace: str) -> FakeDatabase:
        database = self._keyspace(database_id, keyspace)
        if keyspace not in database.keyspaces():
            raise Reply.error(404, f"keyspace {keyspace} not found")
        return database

    def graph_engine(self, request: Request, database_id: str, keyspace: str) -> Reply:
        self._search_keyspace(database_id, keyspace)
        return Reply(202)

    def solr_index(self, request: Request, database_id: str, keyspace: str, table: str) -> Reply:
        request.bool_arg("generateResources")
        self._search_keyspace(database_id, keyspace)
        return Reply(202)

    def _search_keyspace(self, database_id: str, keyspace: str) -> None:
        """The graph and search operations document no 404: what is missing is a 400 there."""
        try:
            self._existing_keyspace(database_id, keyspace)
        except Reply as reply:
            raise Reply(400 if reply.status == 404 else reply.status, reply.body) from None

    def list_datacenters(self, request: Request, database_id: str) -> Reply:
        database = self.world.database(database_id)
        every = request.bool_arg("all")
        return Reply(200, [dc for dc in database.datacenters if every or dc["status"] != "TERMINATED"])

    def add_datacenters(self, request: Request, database_id: str) -> Reply:
        body = request.array()
        if not body:
            raise Reply.error(400, "expected a list of datacenters")
        database = self.world.database(database_id)
        entries = [_valid_datacenter(entry, database.info["tier"]) for entry in body]
        self.world.idle(database_id, "ACTIVE")
        first = len(database.datacenters) + 1
        new = [_datacenter(database.id, entry, first + index) for index, entry in enumerate(entries)]
        add = lambda: database.datacenters.extend(new)  # noqa: E731
        database.begin("MAINTENANCE", [("ACTIVE", add)], self.world.now())
        return Reply(201)

    def terminate_datacenter(self, request: Request, database_id: str, datacenter_id: str) -> Reply:
        database, target = self.world.datacenter(database_id, datacenter_id)
        self.world.idle(database_id, "ACTIVE")
        gone = lambda: target.update(status="TERMINATED")  # noqa: E731
        database.begin("MAINTENANCE", [("ACTIVE", gone)], self.world.now())
        return Reply(202)

    def secure_bundle_url(self, request: Request, database_id: str) -> Reply:
        database = self.world.database(database_id)
        every = request.bool_arg("all")
        if database.status != "ACTIVE":
            raise Reply.error(409, f"database {database_id} is {database.status}")
        live = [dc for dc in database.datacenters if dc["status"] != "TERMINATED"]
        entries = [self._bundle_entry(database, dc) for dc in live]
        return Reply(200, entries if every else entries[0])

    def _bundle_entry(self, database: FakeDatabase, dc: dict[str, Any]) -> dict[str, Any]:
        signature = secrets.token_hex(8)
        url = f"{self.world.bundle_base}{BUNDLE_PATH}/{database.id}/{dc['id']}"
        return {
            "downloadURL": f"{url}/external.zip?X-Amz-Signature={signature}",
            "downloadURLInternal": f"{url}/internal.zip?X-Amz-Signature={signature}",
            "downloadURLMigrationProxy": f"{url}/proxy.zip?X-Amz-Signature={signature}",
            "datcenterID": dc["id"],
            "region": dc["region"],
            "cloudProvider": dc["cloudProvider"],
        }

    def bundle(self, request: Request, database_id: str, datacenter_id: str, file: str) -> Reply:
        if "authorization" in request.headers:
            body = (
                b"<Error><Code>AccessDenied</Code><Message>Only one auth mechanism allowed</Message></Error>"
            )
            return Reply(403, body, {"Content-Type": "application/xml"})
        if database_id not in self.world.org.databases:
            return Reply(404, b"<Error><Code>NoSuchKey</Code></Error>", {"Content-Type": "application/xml"})
        return Reply(200, bundle_zip(database_id, datacenter_id), {"Content-Type": "application/zip"})


def _included(status: str, include: str) -> bool:
    if include == "all":
        return True
    if include == "nonterminated":
        return status != "TERMINATED"
    return status == include.upper()


def _after(databases: list[FakeDatabase], cursor: str | None) -> list[FakeDatabase]:
    """A keyset cursor: the databases after the cursor's place in the organization's order, whether
    or not the database it names still matches the listing's filter (parked, terminated meanwhile)."""
    if not cursor:
        return databases
    ids = [database.id for database in databases]
    return databases[ids.index(cursor) + 1 :] if cursor in ids else []


def _classic_only(database: FakeDatabase, action: str) -> None:
    """Seed 000 line 70 and seed 003 line 25: park, unpark and resize are for classic databases
    only. The fake refuses the others with a 400 naming the action and the tier."""
    tier = database.info["tier"]
    if tier not in CLASSIC_TIERS:
        raise Reply.error(400, f"{action} is for classic databases only; database {database.id} is {tier}")


# Seed 001, createDatabase: "100 for CXX/DXX the max is 12 on startup" (a resize reaches 100).
CLASSIC_UNITS_AT_CREATION = 12


def cloud_provider(value: Any) -> Any:
    """A provider as the live API stores it: "aws", "Aws" and "AWS" are AWS (docs/quirks.md:
    terraform-provider-astra and astrapy send lower case); anything else stays as sent, to be refused."""
    return value.upper() if isinstance(value, str) and value.upper() in PROVIDERS else value


def _valid_database_info(body: dict[str, Any]) -> dict[str, Any]:
    problems = [problem] if (problem := name_problem(body.get("name"))) else []
    provider, tier, region = cloud_provider(body.get("cloudProvider")), body.get("tier"), body.get("region")
    if provider not in PROVIDERS:
        problems.append("cloudProvider must be one of AWS, GCP, AZURE")
    if tier not in TIERS:
        problems.append("tier is not valid")
    units = body.get("capacityUnits")
    high = CLASSIC_UNITS_AT_CREATION if tier in CLASSIC_TIERS else 1
    if isinstance(units, bool) or not isinstance(units, int) or not 1 <= units <= high:
        problems.append(f"capacityUnits must be from 1 to {high} for tier {tier}")
    if tier != "serverless" and (body.get("dbType") is not None or "pcuGroupUUID" in body):
        problems.append("dbType and pcuGroupUUID apply to serverless databases only")
    if not isinstance(region, str) or region not in tier_regions(str(tier), str(provider)):
        problems.append(f"region {region!r} is not available for {provider} {tier}")
    if problems:
        raise Reply.error(422, "; ".join(problems))
    info: dict[str, Any] = {
        "name": body["name"],
        "keyspace": _keyspace_or_default(body.get("keyspace")),
        "cloudProvider": provider,
        "tier": tier,
        "capacityUnits": units,
        "region": region,
        "additionalKeyspaces": [],
    }
    if _db_type(body.get("dbType")) is not None:
        info["dbType"] = "vector"
    if "pcuGroupUUID" in body:
        info["pcuGroupUUID"] = text(body, "pcuGroupUUID")
    return info


def _keyspace_or_default(value: Any) -> str:
    if value is None or value == "":
        return "default_keyspace"
    try:
        return keyspace_name(value)
    except ConfigurationError as error:
        raise Reply.error(422, str(error)) from None


def _db_type(value: Any) -> str | None:
    if value not in (None, "vector"):
        raise Reply.error(422, "dbType must be vector or absent")
    return value  # type: ignore[no-any-return]


def _valid_datacenter(entry: Any, tier: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise Reply.error(400, "each datacenter must be an object")
    provider, region = cloud_provider(entry.get("cloudProvider")), entry.get("region")
    if provider not in PROVIDERS or not isinstance(region, str) or region not in tier_regions(tier, provider):
        raise Reply.error(400, f"region {region!r} is not available for {provider} {tier}")
    units = entry.get("capacityUnits", 1)
    whole(units, "capacityUnits", 1, 100 if tier in CLASSIC_TIERS else 1)
    return {"cloudProvider": provider, "region": region, "tier": tier, "capacityUnits": units}


def _datacenter(
    database_id: str, info: dict[str, Any], number: int, group: str | None = None
) -> dict[str, Any]:
    datacenter = {
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
    if group is not None:
        datacenter["pcuGroupUUID"] = group
    return datacenter
