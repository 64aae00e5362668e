"""IP access lists: per database, for the whole organization, and the DevOps API's own (devops-acl)."""

from __future__ import annotations

import ipaddress
from typing import Any

from .._http import Reply, Request, Route
from .._state import FakeDatabase, access_list_time, new_id, timestamp
from .._world import World, flag


def routes(world: World) -> list[Route]:
    api = _AccessLists(world)
    db = "/v2/databases/{databaseID}/access-list"
    acl = "/v2/organizations/{orgId}/devops-acl"
    return [
        Route("GET", db, api.get),
        Route("POST", db, api.add),
        Route("PUT", db, api.replace),
        Route("PATCH", db, api.update),
        Route("DELETE", db, api.delete),
        Route("GET", "/v2/access-lists", api.all),
        Route("POST", "/v2/access-list/validate", api.validate),
        Route("POST", "/v2/access-list/template", api.template),
        Route("GET", acl, api.devops_get),
        Route("POST", acl, api.devops_add),
        Route("PUT", acl, api.devops_replace),
        Route("PATCH", acl, api.devops_update),
        Route("DELETE", acl, api.devops_delete),
    ]


class _AccessLists:
    def __init__(self, world: World) -> None:
        self.world = world

    def _shape(self, database: FakeDatabase) -> dict[str, Any]:
        return {
            "organizationId": self.world.org.id,
            "databaseId": database.id,
            "addresses": database.access_list,
            "configurations": {"accessListEnabled": database.access_list_enabled},
        }

    def get(self, request: Request, database_id: str) -> Reply:
        return Reply(200, self._shape(self.world.database(database_id)))

    def all(self, request: Request) -> Reply:
        return Reply(200, [self._shape(database) for database in self.world.org.databases.values()])

    def add(self, request: Request, database_id: str) -> Reply:
        body = request.json()
        entries = _entries(body.get("addresses", []) if isinstance(body, dict) else body)
        database = self.world.database(database_id)
        _merge(database.access_list, entries)
        database.access_list_enabled = True
        return Reply(204)

    def replace(self, request: Request, database_id: str) -> Reply:
        body = request.object()
        entries = _entries(body.get("addresses", []))
        enabled = _enabled(body, bool(entries))
        database = self.world.database(database_id)
        database.access_list, database.access_list_enabled = entries, enabled
        return Reply(204)

    def update(self, request: Request, database_id: str) -> Reply:
        body = request.object()
        entries = _entries(body.get("addresses", []))
        database = self.world.database(database_id)
        database.access_list_enabled = _enabled(body, database.access_list_enabled)
        _merge(database.access_list, entries)
        return Reply(204)

    def delete(self, request: Request, database_id: str) -> Reply:
        """The live quirk (docs/quirks.md): of several `addresses`, only the first is removed."""
        database = self.world.database(database_id)
        addresses = request.query.get("addresses", [])
        if addresses:
            first = addresses[0].split(",")[0]
            database.access_list = [entry for entry in database.access_list if entry["address"] != first]
        else:
            database.access_list = []
        return Reply(204)

    def validate(self, request: Request) -> Reply:
        body = request.json()
        entries = body.get("addresses", []) if isinstance(body, dict) else body
        if not isinstance(entries, list):
            return Reply(200, {"valid": False, "validationFailures": ["expected a list of addresses"]})
        failures = [failure for entry in entries if (failure := _address_problem(entry))]
        return Reply(200, {"valid": not failures, "validationFailures": failures})

    def template(self, request: Request) -> Reply:
        """Seed 003: the template is a list holding one access list, with a sample address."""
        sample = {
            "address": "137.187.23.0/24",
            "enabled": True,
            "description": "This address allows the database connections from the production environment.",
            "lastUpdateDateTime": timestamp(),
        }
        return Reply(
            200,
            [
                {
                    "organizationId": self.world.org.id,
                    "databaseId": new_id(),
                    "addresses": [sample],
                    "configurations": {"accessListEnabled": True},
                }
            ],
        )

    def _org(self, org_id: str) -> list[dict[str, Any]]:
        if org_id != self.world.org.id:
            raise Reply.error(400, f"organization {org_id} is not the token's organization")
        return self.world.org.devops_acl

    def _devops(self) -> Reply:
        return Reply(200, {"addresses": self.world.org.devops_acl})

    def devops_get(self, request: Request, org_id: str) -> Reply:
        self._org(org_id)
        return self._devops()

    def devops_add(self, request: Request, org_id: str) -> Reply:
        entries = [_devops_entry(entry) for entry in _entries(request.array())]
        _merge(self._org(org_id), entries)
        return Reply(201, {"addresses": self.world.org.devops_acl})

    def devops_replace(self, request: Request, org_id: str) -> Reply:
        entries = [_devops_entry(entry) for entry in _entries(request.array())]
        self._org(org_id)
        self.world.org.devops_acl = entries
        return self._devops()

    def devops_update(self, request: Request, org_id: str) -> Reply:
        entry = _devops_entry(_entries([request.object()])[0])
        acl = self._org(org_id)
        if not any(existing["address"] == entry["address"] for existing in acl):
            raise Reply.error(404, f"address {entry['address']} is not in the access list")
        _merge(acl, [entry])
        return self._devops()

    def devops_delete(self, request: Request, org_id: str) -> Reply:
        self._org(org_id)
        addresses = request.query.get("addresses", [])
        kept = [
            entry for entry in self.world.org.devops_acl if addresses and entry["address"] not in addresses
        ]
        self.world.org.devops_acl = kept
        return Reply(202)


def _address_problem(entry: Any) -> str:
    if not isinstance(entry, dict) or not isinstance(entry.get("address"), str):
        return "each entry needs an `address`"
    try:
        ipaddress.ip_network(entry["address"], strict=False)
    except ValueError:
        return f"{entry['address']!r} is not an IP address or CIDR block"
    return ""


def _entries(entries: Any) -> list[dict[str, Any]]:
    if not isinstance(entries, list):
        raise Reply.error(400, "expected a list of addresses")
    valid = []
    for entry in entries:
        problem = _address_problem(entry)
        if problem:
            raise Reply.error(400, problem)
        description = entry.get("description", "")
        if not isinstance(description, str):
            raise Reply.error(400, "description must be a string")
        valid.append(
            {
                "address": entry["address"],
                "enabled": flag(entry, "enabled", True),
                "description": description,
                "lastUpdateDateTime": access_list_time(),
            }
        )
    return valid


def _devops_entry(entry: dict[str, Any]) -> dict[str, Any]:
    return {**entry, "createdAt": timestamp()}


def _enabled(body: dict[str, Any], default: bool) -> bool:
    configurations = body.get("configurations", {"accessListEnabled": default})
    if not isinstance(configurations, dict):
        raise Reply.error(400, "configurations must be an object")
    return flag(configurations, "accessListEnabled", default)


def _merge(current: list[dict[str, Any]], entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        current[:] = [existing for existing in current if existing["address"] != entry["address"]]
        current.append(entry)
