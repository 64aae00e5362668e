"""Customer-managed encryption keys (KMS), serverless and classic, and the cloud accounts they trust."""

from __future__ import annotations

from typing import Any

from .._http import Reply, Request, Route
from .._state import REGIONS
from .._world import World, text

PROVIDERS = {"aws": "AWS", "gcp": "GCP", "azure": "AZURE"}


def routes(world: World) -> list[Route]:
    api = _Keys(world)
    return [
        Route("POST", "/v2/kms", api.create("serverless")),
        Route("GET", "/v2/kms", api.list("serverless")),
        Route("POST", "/v2/kms/classic", api.create("classic")),
        Route("GET", "/v2/kms/classic", api.list("classic")),
        Route("GET", "/v2/kms/provider/{provider}/region/{region}", api.get("serverless")),
        Route("GET", "/v2/kms/classic/provider/{provider}/region/{region}", api.get("classic")),
        Route("GET", "/v2/kms/provider/{provider}/region/{region}/accounts", api.accounts),
        Route("GET", "/v2/kms/classic/provider/{provider}/region/{region}/accounts", api.accounts),
        Route("POST", "/v2/kms/classic/provider/{provider}/accounts", api.assign),
    ]


def _provider(value: str) -> str:
    provider = PROVIDERS.get(value.lower())
    if provider is None:
        raise Reply.error(400, "provider must be aws, gcp or azure")
    return provider


class _Keys:
    def __init__(self, world: World) -> None:
        self.world = world

    def create(self, kind: str) -> Any:
        def handler(request: Request) -> Reply:
            body = request.object()
            given = [(name, body[name]) for name in PROVIDERS if name in body]
            if len(given) != 1 or not isinstance(given[0][1], dict):
                raise Reply.error(400, "give exactly one of aws, gcp, azure with keyID and region")
            provider, key = PROVIDERS[given[0][0]], given[0][1]
            key_id, region = text(key, "keyID"), text(key, "region")
            if region not in REGIONS[provider]:
                raise Reply.error(400, f"region {region} is not available on {provider}")
            keys = [
                k
                for k in self.world.org.keys[kind]
                if (k["CloudProvider"], k["Region"]) != (provider, region)
            ]
            entry = {
                "OrganizationID": self.world.org.id,
                "CloudProvider": provider,
                "KeyID": key_id,
                "Region": region,
            }
            self.world.org.keys[kind] = [*keys, entry]
            return Reply(200)

        return handler

    def list(self, kind: str) -> Any:
        return lambda request: Reply(200, self.world.org.keys[kind])

    def get(self, kind: str) -> Any:
        def handler(request: Request, provider_name: str, region: str) -> Reply:
            provider = _provider(provider_name)
            for key in self.world.org.keys[kind]:
                if (key["CloudProvider"], key["Region"]) == (provider, region):
                    body = {"keyID": key["KeyID"], "region": region}
                    return Reply(200, {"orgId": self.world.org.id, provider.lower(): body})
            raise Reply.error(404, f"no {kind} key for {provider} {region}")

        return handler

    def accounts(self, request: Request, provider_name: str, region: str) -> Reply:
        provider = _provider(provider_name)
        if region not in REGIONS[provider]:
            raise Reply.error(404, f"region {region} is not available on {provider}")
        return Reply(200, self.world.org.cloud_accounts.get(provider, []))

    def assign(self, request: Request, provider_name: str) -> Reply:
        provider = _provider(provider_name)
        body = request.json()
        accounts = body.get("provider_ids", []) if isinstance(body, dict) else []
        assigned = self.world.org.cloud_accounts.setdefault(provider, [])
        for account in accounts if isinstance(accounts, list) else []:
            if isinstance(account, str) and account:
                entry = {"organization_id": self.world.org.id, "provider_id": account, "provider": provider}
                assigned.append(entry)
        return Reply(201)
