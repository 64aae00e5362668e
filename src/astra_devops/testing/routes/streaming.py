"""Where data and events flow out: CDC (v3), metrics telemetry per database, audit-log export."""

from __future__ import annotations

from typing import Any

from .._http import Reply, Request, Route
from .._world import World, strings, text

# The fields each exporter requires, by kind and, for pulsar and prometheus, by auth strategy.
EXPORTERS: dict[str, dict[str, tuple[str, ...]]] = {
    "kafka": {"": ("topic", "sasl_mechanism", "sasl_username", "sasl_password")},
    "prometheus_remote": {"basic": ("endpoint", "user", "password"), "bearer": ("endpoint", "token")},
    "cloudwatch": {"": ("access_key", "secret_key", "region")},
    "splunk": {"": ("endpoint", "index", "token")},
    "pulsar": {
        "token": ("endpoint", "topic", "token"),
        "oauth2": ("endpoint", "topic", "oauth2_credentials_url", "oauth2_issuer_url"),
    },
    "Datadog": {"": ("api_key",)},
}
SASL = ("GSSAPI", "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")


def routes(world: World) -> list[Route]:
    cdc = _Cdc(world)
    telemetry = _Telemetry(world)
    v3 = "/v3/databases/{databaseID}"
    audit = "/v2/organizations/{orgID}/telemetry/auditLogs"
    return [
        Route("POST", f"{v3}/cdc", cdc.enable),
        Route("PUT", f"{v3}/cdc", cdc.update),
        Route("GET", f"{v3}/cdc", cdc.get),
        Route("DELETE", f"{v3}/cdc", cdc.delete),
        Route("GET", f"{v3}/keyspaces/{{keyspaceName}}/tables/{{tableName}}/cdc", cdc.status),
        Route("POST", "/v2/databases/{databaseID}/telemetry/metrics", telemetry.configure),
        Route("GET", "/v2/databases/{databaseID}/telemetry/metrics", telemetry.get),
        Route("POST", audit, telemetry.set_audit),
        Route("GET", audit, telemetry.get_audit),
        Route("DELETE", audit, telemetry.delete_audit),
    ]


def exporter(body: Any, kinds: tuple[str, ...]) -> dict[str, Any]:
    """One exporter block, `{kind: {...}}`, with the fields its kind requires."""
    if not isinstance(body, dict) or len(body) != 1 or next(iter(body)) not in kinds:
        raise Reply.error(400, f"give exactly one exporter of {', '.join(kinds)}")
    kind, block = next(iter(body.items()))
    if not isinstance(block, dict):
        raise Reply.error(400, f"{kind} must be an object")
    strategies = EXPORTERS[kind]
    strategy = block.get("auth_strategy", "") if "" not in strategies else ""
    if not isinstance(strategy, str) or strategy not in strategies:
        raise Reply.error(400, f"{kind}.auth_strategy must be one of {', '.join(strategies)}")
    for field in strategies[strategy]:
        text(block, field)
    if kind == "kafka":
        strings(block.get("bootstrap_servers"), "kafka.bootstrap_servers")
        if block["sasl_mechanism"] not in SASL:
            raise Reply.error(400, f"kafka.sasl_mechanism must be one of {', '.join(SASL)}")
    return {kind: block}


class _Cdc:
    def __init__(self, world: World) -> None:
        self.world = world

    def _valid(self, database_id: str, body: dict[str, Any]) -> dict[str, Any]:
        database = self.world.database(database_id)
        database_name = text(body, "databaseName")
        tables = self._tables(database_id, body.get("tables"))
        regions = body.get("regions")
        if not isinstance(regions, list) or not regions:
            raise Reply.error(400, "regions must be a non-empty list")
        for region in regions:
            fields = ("datacenterID", "datacenterRegion", "streamingClusterName", "streamingTenantName")
            if not isinstance(region, dict) or not all(isinstance(region.get(f), str) for f in fields):
                raise Reply.error(400, f"each region needs {', '.join(fields)}")
            self.world.datacenter(database_id, region["datacenterID"])
        return {
            "orgID": self.world.org.id,
            "databaseID": database.id,
            "databaseName": database_name,
            "tables": tables,
            "regions": regions,
        }

    def _tables(self, database_id: str, tables: Any) -> list[dict[str, str]]:
        if not isinstance(tables, list) or not tables:
            raise Reply.error(400, "tables must be a non-empty list")
        keyspaces = self.world.database(database_id).keyspaces()
        for table in tables:
            if not isinstance(table, dict):
                raise Reply.error(400, "each table needs tableName and keyspaceName")
            text(table, "tableName")
            if text(table, "keyspaceName") not in keyspaces:
                raise Reply.error(404, f"keyspace {table['keyspaceName']} not found")
        return [{"tableName": t["tableName"], "keyspaceName": t["keyspaceName"]} for t in tables]

    def enable(self, request: Request, database_id: str) -> Reply:
        config = self._valid(database_id, request.object())
        current = self.world.org.cdc.get(database_id)
        if current is not None:
            known = {(t["keyspaceName"], t["tableName"]) for t in current["tables"]}
            config["tables"] = current["tables"] + [
                t for t in config["tables"] if (t["keyspaceName"], t["tableName"]) not in known
            ]
        self.world.org.cdc[database_id] = config
        return Reply(201)

    def _current(self, database_id: str) -> dict[str, Any]:
        self.world.database(database_id)
        config = self.world.org.cdc.get(database_id)
        if config is None:
            raise Reply.error(404, f"CDC is not enabled on database {database_id}")
        return config

    def update(self, request: Request, database_id: str) -> Reply:
        config = self._valid(database_id, request.object())
        self._current(database_id)
        self.world.org.cdc[database_id] = config
        return Reply(201)

    def get(self, request: Request, database_id: str) -> Reply:
        return Reply(200, self._current(database_id))

    def delete(self, request: Request, database_id: str) -> Reply:
        tables = self._tables(database_id, request.object().get("tables"))
        config = self._current(database_id)
        gone = {(t["keyspaceName"], t["tableName"]) for t in tables}
        config["tables"] = [t for t in config["tables"] if (t["keyspaceName"], t["tableName"]) not in gone]
        if not config["tables"]:
            del self.world.org.cdc[database_id]
        return Reply(204)

    def status(self, request: Request, database_id: str, keyspace: str, table: str) -> Reply:
        config = self._current(database_id)
        if {"keyspaceName": keyspace, "tableName": table} not in config["tables"]:
            raise Reply.error(404, f"CDC is not enabled on {keyspace}.{table}")
        fields = {k: config[k] for k in ("orgID", "databaseID", "databaseName", "regions")}
        return Reply(200, [{**fields, "status": "Running"}])


class _Telemetry:
    def __init__(self, world: World) -> None:
        self.world = world

    def configure(self, request: Request, database_id: str) -> Reply:
        config = exporter(request.json(), tuple(EXPORTERS))
        self.world.idle(database_id, "ACTIVE")
        self.world.org.telemetry[database_id] = config
        return Reply(202)

    def get(self, request: Request, database_id: str) -> Reply:
        self.world.database(database_id)
        config = self.world.org.telemetry.get(database_id)
        if config is None:
            raise Reply.error(404, f"no telemetry configured for database {database_id}")
        return Reply(200, config)

    def _org(self, org_id: str) -> None:
        if org_id != self.world.org.id:
            raise Reply.error(404, f"organization {org_id} not found")

    def set_audit(self, request: Request, org_id: str) -> Reply:
        config = exporter(request.json(), ("pulsar",))
        self._org(org_id)
        self.world.org.audit_logs = config
        return Reply(202)

    def get_audit(self, request: Request, org_id: str) -> Reply:
        self._org(org_id)
        if self.world.org.audit_logs is None:
            raise Reply.error(404, "no audit-log exporter configured")
        return Reply(200, self.world.org.audit_logs)

    def delete_audit(self, request: Request, org_id: str) -> Reply:
        self._org(org_id)
        if self.world.org.audit_logs is None:
            raise Reply.error(404, "no audit-log exporter configured")
        self.world.org.audit_logs = None
        return Reply(202)
