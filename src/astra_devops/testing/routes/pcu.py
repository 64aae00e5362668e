"""PCU groups (provisioned capacity), their datacenter associations, park and unpark.

A group moves CREATING -> ACTIVE, PARKING -> PARKED and UNPARKING -> ACTIVE, a step per read
(or per clock period); parking a group parks the databases associated with it.
"""

from __future__ import annotations

from typing import Any

from .._http import Reply, Request, Route
from .._state import REGIONS, FakeOperation, association, new_id, timestamp
from .._world import World, name, strings, text, whole

INSTANCE_TYPES = {"cache-optimized": {"vCPU": 4, "memory": "32GiB", "disk_cache": "500GiB"}}
PROVISION_TYPES = ("shared", "dedicated")
PROVIDERS = {"aws": "AWS", "gcp": "GCP", "azure": "AZURE"}


def routes(world: World) -> list[Route]:
    api = _Pcu(world)
    return [
        Route("POST", "/v2/pcus", api.create),
        Route("PUT", "/v2/pcus", api.update),
        Route("POST", "/v2/pcus/actions/get", api.get),
        Route("GET", "/v2/pcus/actions/get/{datacenterUUID}", api.by_datacenter),
        Route("POST", "/v2/pcus/types", api.types),
        Route("DELETE", "/v2/pcus/{pcuGroupUUID}", api.delete),
        Route("GET", "/v2/pcus/association/{pcuGroupUUID}", api.associations),
        Route("POST", "/v2/pcus/association/transfer", api.transfer),
        Route("POST", "/v2/pcus/association/{pcuGroupUUID}/{datacenterUUID}", api.associate),
        Route("DELETE", "/v2/pcus/association/{pcuGroupUUID}/{datacenterUUID}", api.dissociate),
        Route("POST", "/v2/pcus/park/{pcuGroupUUID}", api.park),
        Route("POST", "/v2/pcus/unpark/{pcuGroupUUID}", api.unpark),
    ]


def _provider(value: Any) -> str:
    provider = PROVIDERS.get(value.lower()) if isinstance(value, str) else None
    if provider is None:
        raise Reply.error(400, "cloudProvider must be AWS, GCP or AZURE")
    return provider


def pcu_type(instance_type: str, provider: str, region: str) -> dict[str, Any]:
    details = INSTANCE_TYPES[instance_type]
    return {"type": instance_type, "region": region, "provider": provider, "details": details}


def _sizes(body: dict[str, Any], current: dict[str, Any]) -> dict[str, int]:
    low = whole(body.get("min", current.get("min", 1)), "min", 1, 100)
    high = whole(body.get("max", current.get("max", low)), "max", low, 100)
    reserved = whole(body.get("reserved", current.get("reserved", 0)), "reserved", 0, high)
    return {"min": low, "max": high, "reserved": reserved}


def _choice(body: dict[str, Any], key: str, allowed: tuple[str, ...], default: str) -> str:
    value = body.get(key, default)
    if value not in allowed:
        raise Reply.error(400, f"{key} must be one of {', '.join(allowed)}")
    return str(value)


class _Pcu:
    def __init__(self, world: World) -> None:
        self.world = world

    def _new(self, body: Any) -> FakeOperation:
        if not isinstance(body, dict):
            raise Reply.error(400, "each PCU group must be an object")
        provider = _provider(body.get("cloudProvider"))
        region = text(body, "region")
        if region not in REGIONS[provider]:
            raise Reply.error(400, f"region {region} is not available on {provider}")
        instance = _choice(body, "instanceType", tuple(INSTANCE_TYPES), "cache-optimized")
        now, group_id = timestamp(), new_id()
        fields = {
            "uuid": group_id,
            "orgId": self.world.org.id,
            "title": name(body, "title"),
            "cloudProvider": provider,
            "region": region,
            "instanceType": instance,
            "pcuType": pcu_type(instance, provider, region),
            "provisionType": _choice(body, "provisionType", PROVISION_TYPES, "shared"),
            **_sizes(body, {}),
            "description": text(body, "description", required=False),
            "createdAt": now,
            "updatedAt": now,
            "createdBy": "fake",
            "updatedBy": "fake",
        }
        group = FakeOperation(group_id, fields)
        group.begin("CREATING", self.world.ending("pcu_group", [("ACTIVE", None)]), self.world.now())
        return group

    def create(self, request: Request) -> Reply:
        body = request.array()
        if not body:
            raise Reply.error(400, "give at least one PCU group")
        groups = [self._new(entry) for entry in body]
        for group in groups:
            self.world.org.pcu_groups[group.id] = group
        return Reply(201, [group.as_json() for group in groups])

    def update(self, request: Request) -> Reply:
        body = request.array()
        changes = []
        for entry in body:
            if not isinstance(entry, dict):
                raise Reply.error(400, "each update must be an object")
            group = self.world.pcu_group(text(entry, "pcuGroupUUID"))
            change = {**_sizes(entry, group.fields), "updatedAt": timestamp()}
            for key in ("title", "description"):
                if key in entry:
                    change[key] = name(entry, key) if key == "title" else text(entry, key, required=False)
            if "provisionType" in entry:
                change["provisionType"] = _choice(entry, "provisionType", PROVISION_TYPES, "shared")
            changes.append((group, change))
        for group, change in changes:
            group.fields.update(change)
        return Reply(200)

    def get(self, request: Request) -> Reply:
        body = request.json()
        wanted = body.get("pcuGroupUUIDs") if isinstance(body, dict) else None
        if body is not None and not isinstance(body, dict):
            raise Reply.error(400, "request body must be a JSON object")
        ids = list(self.world.org.pcu_groups) if not wanted else strings(wanted, "pcuGroupUUIDs")
        groups = [self.world.pcu_group(group_id) for group_id in ids]
        for group in groups:
            self.world.polled(group)
        return Reply(200, [group.as_json() for group in groups])

    def by_datacenter(self, request: Request, datacenter_id: str) -> Reply:
        self.world.any_datacenter(datacenter_id, 400)
        linked = [group for group, dc in self.world.org.associations if dc == datacenter_id]
        return Reply(200, [self.world.org.pcu_groups[group].as_json() for group in linked])

    def types(self, request: Request) -> Reply:
        body = request.object()
        provider = _provider(body.get("provider", "AWS"))
        region = body.get("region")
        if region is not None and region not in REGIONS[provider]:
            raise Reply.error(400, f"region {region} is not available on {provider}")
        regions = [region] if isinstance(region, str) else REGIONS[provider]
        return Reply(200, [pcu_type(kind, provider, each) for kind in INSTANCE_TYPES for each in regions])

    def delete(self, request: Request, group_id: str) -> Reply:
        self.world.pcu_group(group_id)
        if any(group == group_id for group, _ in self.world.org.associations):
            raise Reply.error(400, f"PCU group {group_id} still has datacenters; remove them first")
        del self.world.org.pcu_groups[group_id]
        return Reply(200)

    def associations(self, request: Request, group_id: str) -> Reply:
        self.world.pcu_group(group_id)
        linked = [link for (group, _), link in self.world.org.associations.items() if group == group_id]
        return Reply(200, linked)

    def _link(self, group_id: str, datacenter_id: str) -> None:
        group = self.world.pcu_group(group_id).fields
        _, datacenter = self.world.any_datacenter(datacenter_id, 400)
        if (datacenter["cloudProvider"], datacenter["region"]) != (group["cloudProvider"], group["region"]):
            raise Reply.error(400, f"datacenter {datacenter_id} is in another provider or region")
        if any(dc == datacenter_id for _, dc in self.world.org.associations):
            raise Reply.error(400, f"datacenter {datacenter_id} already belongs to a PCU group")
        self.world.org.associations[(group_id, datacenter_id)] = association(group_id, datacenter_id)
        datacenter["pcuGroupUUID"] = group_id

    def _unlink(self, group_id: str, datacenter_id: str) -> None:
        self.world.pcu_group(group_id)
        if self.world.org.associations.pop((group_id, datacenter_id), None) is None:
            raise Reply.error(400, f"datacenter {datacenter_id} is not in PCU group {group_id}")
        self.world.any_datacenter(datacenter_id, 400)[1].pop("pcuGroupUUID", None)

    def associate(self, request: Request, group_id: str, datacenter_id: str) -> Reply:
        self._link(group_id, datacenter_id)
        return Reply(201)

    def dissociate(self, request: Request, group_id: str, datacenter_id: str) -> Reply:
        self._unlink(group_id, datacenter_id)
        return Reply(200)

    def transfer(self, request: Request) -> Reply:
        body = request.object()
        source, target = text(body, "fromPCUGroupUUID"), text(body, "toPCUGroupUUID")
        datacenter_id = text(body, "datacenterUUID")
        self.world.pcu_group(target)
        self._unlink(source, datacenter_id)
        try:
            self._link(target, datacenter_id)
        except Reply:
            self._link(source, datacenter_id)
            raise
        return Reply(202)

    def _move(
        self, group_id: str, before: str, during: str, after: str, databases: tuple[str, str, str]
    ) -> Reply:
        group = self.world.pcu_group(group_id)
        if group.status != before:
            raise Reply.error(400, f"PCU group {group_id} is {group.status}, not {before}")
        group.begin(during, [(after, None)], self.world.now())
        for linked, datacenter_id in self.world.org.associations:
            if linked == group_id:
                database, _ = self.world.any_datacenter(datacenter_id, 400)
                if database.status == databases[0]:
                    database.begin(databases[1], [(databases[2], None)], self.world.now())
        return Reply(200)

    def park(self, request: Request, group_id: str) -> Reply:
        return self._move(group_id, "ACTIVE", "PARKING", "PARKED", ("ACTIVE", "PARKING", "PARKED"))

    def unpark(self, request: Request, group_id: str) -> Reply:
        return self._move(group_id, "PARKED", "UNPARKING", "ACTIVE", ("PARKED", "UNPARKING", "ACTIVE"))
