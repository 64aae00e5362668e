"""SCIM 2.0 provisioning: users and groups, with the discovery documents (application/scim+json)."""

from __future__ import annotations

import re
from typing import Any

from .._http import Reply, Request, Route
from .._state import new_id, timestamp
from .._world import World, flag, text

SCIM = {"Content-Type": "application/scim+json"}
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
_FILTER = re.compile(r'\s*(userName|displayName|externalId)\s+eq\s+"([^"]*)"\s*')


def routes(world: World) -> list[Route]:
    users = _Resources(world, "User")
    groups = _Resources(world, "Group")
    return [
        Route("GET", "/v2/scim/ServiceProviderConfig", _config),
        Route("GET", "/v2/scim/Schemas", _schemas),
        Route("GET", "/v2/scim/ResourceTypes", _resource_types),
        Route("GET", "/v2/scim/users", users.list),
        Route("POST", "/v2/scim/users", users.create),
        Route("GET", "/v2/scim/users/{userID}", users.get),
        Route("PUT", "/v2/scim/users/{userID}", users.replace),
        Route("PATCH", "/v2/scim/users/{userID}", users.patch),
        Route("DELETE", "/v2/scim/users/{userID}", users.delete),
        Route("GET", "/v2/scim/groups", groups.list),
        Route("POST", "/v2/scim/groups", groups.create),
        Route("GET", "/v2/scim/groups/{groupID}", groups.get),
        Route("PUT", "/v2/scim/groups/{groupID}", groups.replace),
        Route("PATCH", "/v2/scim/groups/{groupID}", groups.patch),
        Route("DELETE", "/v2/scim/groups/{groupID}", groups.delete),
    ]


def _scim(status: int, body: Any = None) -> Reply:
    return Reply(status, body, dict(SCIM))


def _listing(resources: list[dict[str, Any]], start: int = 1, per_page: int | None = None) -> dict[str, Any]:
    page = resources[start - 1 :][: per_page if per_page is not None else len(resources)]
    return {
        "schemas": [LIST_SCHEMA],
        "totalResults": len(resources),
        "startIndex": start,
        "itemsPerPage": len(page),
        "Resources": page,
    }


def _config(request: Request) -> Reply:
    return _scim(
        200,
        {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
            "patch": {"supported": True},
            "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
            "filter": {"supported": True, "maxResults": 100},
            "changePassword": {"supported": False},
            "sort": {"supported": False},
            "etag": {"supported": False},
            "authenticationSchemes": [
                {"type": "oauthbearertoken", "name": "OAuth Bearer Token", "description": "An Astra token"}
            ],
        },
    )


def _schemas(request: Request) -> Reply:
    schemas = [
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"], "id": schema, "name": kind}
        for schema, kind in ((USER_SCHEMA, "User"), (GROUP_SCHEMA, "Group"))
    ]
    return _scim(200, _listing(schemas))


def _resource_types(request: Request) -> Reply:
    kinds = [
        {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": kind,
            "name": kind,
            "endpoint": f"/{kind}s",
            "schema": schema,
        }
        for schema, kind in ((USER_SCHEMA, "User"), (GROUP_SCHEMA, "Group"))
    ]
    return _scim(200, _listing(kinds))


class _Resources:
    """SCIM users or groups: the two differ only in their fields."""

    def __init__(self, world: World, kind: str) -> None:
        self.world = world
        self.kind = kind
        self.store = world.org.scim_users if kind == "User" else world.org.scim_groups

    def _valid(self, body: dict[str, Any]) -> dict[str, Any]:
        schemas = body.get("schemas")
        if not isinstance(schemas, list) or not all(isinstance(s, str) for s in schemas):
            raise Reply.error(400, "schemas must be a list of strings")
        if self.kind == "User":
            return self._user(body)
        return {"displayName": text(body, "displayName"), "members": self._members(body.get("members", []))}

    def _user(self, body: dict[str, Any]) -> dict[str, Any]:
        user: dict[str, Any] = {"userName": text(body, "userName"), "active": flag(body, "active", True)}
        if "externalId" in body:
            user["externalId"] = text(body, "externalId", required=False)
        names = body.get("name", {})
        if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
            raise Reply.error(400, "name must hold strings")
        user["name"] = {k: v for k, v in names.items() if k in ("givenName", "familyName")}
        emails = body.get("emails", [])
        if not isinstance(emails, list) or not all(
            isinstance(e, dict) and isinstance(e.get("value"), str) and "@" in e["value"] for e in emails
        ):
            raise Reply.error(400, "emails must be a list of {value, primary}")
        user["emails"] = [{"value": e["value"], "primary": flag(e, "primary", False)} for e in emails]
        return user

    def _members(self, members: Any) -> list[dict[str, str]]:
        if not isinstance(members, list):
            raise Reply.error(400, "members must be a list")
        valid = []
        for member in members:
            if not isinstance(member, dict) or member.get("value") not in self.world.org.scim_users:
                raise Reply.error(400, "each member must name an existing SCIM user by `value`")
            user = self.world.org.scim_users[member["value"]]
            valid.append({"value": user["id"], "$ref": user["meta"]["location"], "display": user["userName"]})
        return valid

    def _key(self) -> str:
        return "userName" if self.kind == "User" else "displayName"

    def _find(self, resource_id: str) -> dict[str, Any]:
        resource = self.store.get(resource_id)
        if resource is None:
            raise Reply.error(404, f"{self.kind} {resource_id} not found")
        return resource

    def _taken(self, value: str, resource_id: str = "") -> None:
        key = self._key()
        if any(r[key] == value and r["id"] != resource_id for r in self.store.values()):
            status = 409 if self.kind == "User" else 400
            raise Reply.error(status, f"a {self.kind} with {key} {value!r} already exists")

    def list(self, request: Request) -> Reply:
        start = max(request.int_arg("startIndex", 1), 1)
        count = request.int_arg("count", 100)
        if count < 0:
            raise Reply.error(400, "count must be 0 or more")
        chosen = list(self.store.values())
        wanted = request.arg("filter")
        if wanted:
            match = _FILTER.fullmatch(wanted)
            if match is None:
                raise Reply.error(400, 'filter must be `<attribute> eq "<value>"`')
            chosen = [r for r in chosen if r.get(match.group(1)) == match.group(2)]
        return _scim(200, _listing(chosen, start, count))

    def create(self, request: Request) -> Reply:
        fields = self._valid(request.object())
        self._taken(fields[self._key()])
        resource_id, now = new_id(), timestamp()
        location = f"/v2/scim/{self.kind.lower()}s/{resource_id}"
        meta = {"resourceType": self.kind, "created": now, "lastModified": now, "location": location}
        schema = USER_SCHEMA if self.kind == "User" else GROUP_SCHEMA
        self.store[resource_id] = {"schemas": [schema], "id": resource_id, **fields, "meta": meta}
        return _scim(201, self.store[resource_id])

    def get(self, request: Request, resource_id: str) -> Reply:
        return _scim(200, self._find(resource_id))

    def replace(self, request: Request, resource_id: str) -> Reply:
        fields = self._valid(request.object())
        resource = self._find(resource_id)
        self._taken(fields[self._key()], resource_id)
        for optional in ("externalId", "name", "emails", "members"):
            resource.pop(optional, None)
        resource.update(fields)
        resource["meta"]["lastModified"] = timestamp()
        return _scim(200, resource)

    def patch(self, request: Request, resource_id: str) -> Reply:
        operations = request.object().get("Operations")
        if not isinstance(operations, list) or not operations:
            raise Reply.error(400, "Operations must be a non-empty list")
        resource = self._find(resource_id)
        changed = {k: v for k, v in resource.items() if k not in ("schemas", "id", "meta")}
        for operation in operations:
            self._apply(changed, operation)
        fields = self._valid({"schemas": resource["schemas"], **changed})
        self._taken(fields[self._key()], resource_id)
        resource.update(fields)
        resource["meta"]["lastModified"] = timestamp()
        return _scim(200, resource)

    def _apply(self, fields: dict[str, Any], operation: Any) -> None:
        if not isinstance(operation, dict) or str(operation.get("op", "")).lower() not in (
            "add",
            "replace",
            "remove",
        ):
            raise Reply.error(400, "each operation needs op: add, replace or remove")
        op, path, value = operation["op"].lower(), operation.get("path"), operation.get("value")
        if path is None:
            if op == "remove" or not isinstance(value, dict):
                raise Reply.error(400, "an operation without path needs an object value")
            fields.update(value)
        elif not isinstance(path, str) or not path:
            raise Reply.error(400, "path must be a non-empty string")
        elif op == "remove":
            fields.pop(path.split("[")[0], None)
        elif path == "members" and op == "add":
            fields["members"] = [*fields.get("members", []), *(value if isinstance(value, list) else [value])]
        elif path.startswith("name."):
            fields.setdefault("name", {})[path[5:]] = value
        else:
            fields[path] = value

    def delete(self, request: Request, resource_id: str) -> Reply:
        self._find(resource_id)
        del self.store[resource_id]
        if self.kind == "User":
            for group in self.world.org.scim_groups.values():
                group["members"] = [m for m in group.get("members", []) if m["value"] != resource_id]
        return Reply(204)
