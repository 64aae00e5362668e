"""Private links and their endpoints (seed 003 shapes), VPC peering, custom domains."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .._http import Reply, Request, Route
from .._world import World, strings, text

_SERVICE = {
    "AWS": "com.amazonaws.vpce.{region}.vpce-svc-{suffix}",
    "GCP": "projects/astra/regions/{region}/serviceAttachments/{suffix}",
    "AZURE": "astra.{suffix}.{region}.azure.privatelinkservice",
}
PEERING_FIELDS = {
    "aws": ("accountId", "vpcId", "region", "cidrBlock"),
    "gcp": ("projectId", "vpcNetworkName"),
    "azure": ("tenantId", "subscriptionId", "resourceGroupName", "virtualNetworkName"),
}


def routes(world: World) -> list[Route]:
    links = _PrivateLinks(world)
    peering = _Peering(world)
    dc = "/v2/organizations/clusters/{clusterID}/datacenters/{datacenterID}"
    return [
        Route("GET", "/v2/organizations/private-link", links.list_org),
        Route("GET", "/v2/organizations/clusters/{clusterID}/private-link", links.list_cluster),
        Route("GET", f"{dc}/private-link", links.get),
        Route("POST", f"{dc}/private-link", links.allow),
        Route("POST", f"{dc}/allowed-principals", links.allow),
        Route("DELETE", f"{dc}/allowed-principals", links.disallow),
        Route("POST", f"{dc}/endpoints", links.accept),
        Route("GET", f"{dc}/endpoints/{{endpointID}}", links.endpoint),
        Route("PUT", f"{dc}/endpoints/{{endpointID}}", links.describe),
        Route("DELETE", f"{dc}/endpoints/{{endpointID}}", links.reject),
        Route("GET", "/v2/peering/provider/{provider}/database/{databaseID}", peering.get),
        Route("POST", "/v2/peering/provider/{provider}/database/{databaseID}", peering.create),
        Route("DELETE", "/v2/peering/provider/{provider}/database/{databaseID}", peering.delete),
        Route("GET", "/v2/organizations/customDomains", lambda request: Reply(200, world.org.custom_domains)),
        Route("POST", "/v2/organizations/customDomains", _custom_domains(world)),
    ]


class _PrivateLinks:
    def __init__(self, world: World) -> None:
        self.world = world

    def _link(self, cluster_id: str, datacenter_id: str) -> dict[str, Any]:
        _, datacenter = self.world.datacenter(cluster_id, datacenter_id)
        key = (cluster_id, datacenter_id)
        if key not in self.world.org.private_links:
            suffix = datacenter_id.replace("-", "")[:17]
            service = _SERVICE[datacenter["cloudProvider"]].format(region=datacenter["region"], suffix=suffix)
            self.world.org.private_links[key] = {
                "serviceName": service,
                "allowedPrincipals": [],
                "datacenterID": datacenter_id,
                "endpoints": {},
            }
        return self.world.org.private_links[key]

    @staticmethod
    def _shape(link: dict[str, Any]) -> dict[str, Any]:
        return {**link, "endpoints": list(link["endpoints"].values())}

    def list_org(self, request: Request) -> Reply:
        clusters: dict[str, list[dict[str, Any]]] = {}
        for (cluster_id, _), link in self.world.org.private_links.items():
            clusters.setdefault(cluster_id, []).append(self._shape(link))
        listed = [{"databaseID": cluster, "datacenters": links} for cluster, links in clusters.items()]
        return Reply(200, {"clusters": listed})

    def list_cluster(self, request: Request, cluster_id: str) -> Reply:
        self.world.database(cluster_id)
        links = [
            self._shape(link)
            for (cluster, _), link in self.world.org.private_links.items()
            if cluster == cluster_id
        ]
        return Reply(200, {"databaseID": cluster_id, "datacenters": links})

    def get(self, request: Request, cluster_id: str, datacenter_id: str) -> Reply:
        return Reply(200, self._shape(self._link(cluster_id, datacenter_id)))

    def allow(self, request: Request, cluster_id: str, datacenter_id: str) -> Reply:
        principals = strings(request.object().get("allowedPrincipals"), "allowedPrincipals")
        link = self._link(cluster_id, datacenter_id)
        link["allowedPrincipals"] = sorted({*link["allowedPrincipals"], *principals})
        return Reply(
            200, {"serviceName": link["serviceName"], "allowedPrincipals": link["allowedPrincipals"]}
        )

    def disallow(self, request: Request, cluster_id: str, datacenter_id: str) -> Reply:
        principal = text(request.object(), "allowedPrincipal")
        link = self._link(cluster_id, datacenter_id)
        if principal not in link["allowedPrincipals"]:
            raise Reply.error(404, f"principal {principal} is not allowed")
        link["allowedPrincipals"].remove(principal)
        return Reply(204)

    def accept(self, request: Request, cluster_id: str, datacenter_id: str) -> Reply:
        body = request.object()
        endpoint_id = text(body, "endpointID")
        description = text(body, "description", required=False)
        link = self._link(cluster_id, datacenter_id)
        created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        link["endpoints"][endpoint_id] = {
            "endpointID": endpoint_id,
            "description": description,
            "status": "Accepted",
            "createdDateTime": created,
        }
        return Reply(200, {"datacenters": [self._shape(link)]})

    def _endpoint(self, cluster_id: str, datacenter_id: str, endpoint_id: str) -> dict[str, Any]:
        endpoint = self._link(cluster_id, datacenter_id)["endpoints"].get(endpoint_id)
        if endpoint is None:
            raise Reply.error(404, f"endpoint {endpoint_id} not found")
        return endpoint  # type: ignore[no-any-return]

    def endpoint(self, request: Request, cluster_id: str, datacenter_id: str, endpoint_id: str) -> Reply:
        return Reply(200, self._endpoint(cluster_id, datacenter_id, endpoint_id))

    def describe(self, request: Request, cluster_id: str, datacenter_id: str, endpoint_id: str) -> Reply:
        description = text(request.object(), "description", required=False)
        endpoint = self._endpoint(cluster_id, datacenter_id, endpoint_id)
        endpoint["description"] = description
        return Reply(200, endpoint)

    def reject(self, request: Request, cluster_id: str, datacenter_id: str, endpoint_id: str) -> Reply:
        self._endpoint(cluster_id, datacenter_id, endpoint_id)
        del self._link(cluster_id, datacenter_id)["endpoints"][endpoint_id]
        return Reply(204)


class _Peering:
    def __init__(self, world: World) -> None:
        self.world = world

    def _key(self, provider: str, database_id: str) -> tuple[str, str]:
        if provider not in PEERING_FIELDS:
            raise Reply.error(400, "provider must be aws, gcp or azure")
        database = self.world.database(database_id)
        if database.info["cloudProvider"].lower() != provider:
            raise Reply.error(404, f"database {database_id} not found on {provider}")
        return provider, database_id

    def get(self, request: Request, provider: str, database_id: str) -> Reply:
        connection = self.world.org.peerings.get(self._key(provider, database_id))
        if connection is None:
            raise Reply.error(404, f"no peering connection for database {database_id}")
        return Reply(200, connection)

    def create(self, request: Request, provider: str, database_id: str) -> Reply:
        body = request.object()
        key = self._key(provider, database_id)
        values = [text(body, field) for field in PEERING_FIELDS[provider]]
        if key in self.world.org.peerings:
            raise Reply.error(409, f"database {database_id} already has a peering connection")
        connection = {
            "connectionId": f"pcx-{database_id.replace('-', '')[:17]}",
            "status": "PENDING_ACCEPTANCE",
            "currentVpc": _vpc(provider, self.world.org.id, f"astra-{database_id[:8]}", "10.0.0.0/16"),
            "otherVpc": _vpc(provider, values[0], values[1], body.get("cidrBlock", "")),
        }
        self.world.org.peerings[key] = connection
        return Reply(201, connection)

    def delete(self, request: Request, provider: str, database_id: str) -> Reply:
        if self.world.org.peerings.pop(self._key(provider, database_id), None) is None:
            raise Reply.error(404, f"no peering connection for database {database_id}")
        return Reply(204)


def _vpc(provider: str, account: str, vpc: str, cidr: Any) -> dict[str, str]:
    return {"provider": provider, "account": account, "vpcId": vpc, "cidrBlock": str(cidr)}


def _custom_domains(world: World) -> Any:
    def handler(request: Request) -> Reply:
        world.org.custom_domains = strings(request.json(), "custom domains", empty=True)
        return Reply(202)

    return handler
