"""`AsyncAstraDevOps`, the asynchronous client: its resource groups, its transport, its settings."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from .._client import _lazy, _settings
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._transport import AsyncTransport

if TYPE_CHECKING:
    from .access_lists import AsyncAccessLists
    from .audit_logs import AsyncAuditLogs
    from .cdc import AsyncCdc
    from .custom_domains import AsyncCustomDomains
    from .customer_keys import AsyncCustomerKeys
    from .databases import AsyncDatabases
    from .datacenters import AsyncDatacenters
    from .devops_access_list import AsyncDevOpsAccessList
    from .enterprise import AsyncEnterprise
    from .keyspaces import AsyncKeyspaces
    from .migrations import AsyncMigrations
    from .organizations import AsyncOrganizations
    from .pcu_groups import AsyncPcuGroups
    from .private_links import AsyncPrivateLinks
    from .regions import AsyncRegions
    from .roles import AsyncRoles
    from .scim import AsyncScim
    from .snapshots import AsyncSnapshots
    from .telemetry import AsyncTelemetry
    from .tokens import AsyncTokens
    from .users import AsyncUsers
    from .vpc_peering import AsyncVpcPeering


class AsyncAstraDevOps:
    """Client of the Astra DB DevOps API (asynchronous).

    The token comes from `token`, else `ASTRA_DB_APPLICATION_TOKEN`, else the astra-cli
    configuration file. The API host comes from `base_url`, else `environment` (prod, dev,
    test), else `ASTRA_DEVOPS_BASE_URL`, else `ASTRA_DEVOPS_ENVIRONMENT`, else prod.
    `default_headers` go with every request (never Authorization); `app_name` ("myapp/1.2")
    is added to the User-Agent.
    """

    databases: AsyncDatabases = _lazy("databases", "AsyncDatabases")
    keyspaces: AsyncKeyspaces = _lazy("keyspaces", "AsyncKeyspaces")
    datacenters: AsyncDatacenters = _lazy("datacenters", "AsyncDatacenters")
    snapshots: AsyncSnapshots = _lazy("snapshots", "AsyncSnapshots")
    roles: AsyncRoles = _lazy("roles", "AsyncRoles")
    users: AsyncUsers = _lazy("users", "AsyncUsers")
    tokens: AsyncTokens = _lazy("tokens", "AsyncTokens")
    organizations: AsyncOrganizations = _lazy("organizations", "AsyncOrganizations")
    access_lists: AsyncAccessLists = _lazy("access_lists", "AsyncAccessLists")
    devops_access_list: AsyncDevOpsAccessList = _lazy("devops_access_list", "AsyncDevOpsAccessList")
    private_links: AsyncPrivateLinks = _lazy("private_links", "AsyncPrivateLinks")
    custom_domains: AsyncCustomDomains = _lazy("custom_domains", "AsyncCustomDomains")
    vpc_peering: AsyncVpcPeering = _lazy("vpc_peering", "AsyncVpcPeering")
    customer_keys: AsyncCustomerKeys = _lazy("customer_keys", "AsyncCustomerKeys")
    regions: AsyncRegions = _lazy("regions", "AsyncRegions")
    telemetry: AsyncTelemetry = _lazy("telemetry", "AsyncTelemetry")
    audit_logs: AsyncAuditLogs = _lazy("audit_logs", "AsyncAuditLogs")
    migrations: AsyncMigrations = _lazy("migrations", "AsyncMigrations")
    pcu_groups: AsyncPcuGroups = _lazy("pcu_groups", "AsyncPcuGroups")
    enterprise: AsyncEnterprise = _lazy("enterprise", "AsyncEnterprise")
    cdc: AsyncCdc = _lazy("cdc", "AsyncCdc")
    scim: AsyncScim = _lazy("scim", "AsyncScim")

    def __init__(
        self,
        token: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        app_name: str | None = None,
    ) -> None:
        resolved, self.base_url = _settings(token, environment, base_url, timeout, max_retries)
        self._http = AsyncTransport(
            token=resolved,
            base_url=self.base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
            app_name=app_name,
        )

    def with_options(
        self,
        *,
        token: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        app_name: str | None = None,
    ) -> AsyncAstraDevOps:
        """This client with some constructor options changed, for one call or a few:
        `client.with_options(timeout=5).databases.get(id)`. It shares this client's connections
        (unless given `http_client`), which stay this client's to close: once this client is
        closed, the copy raises ConfigurationError too."""
        current = self._http
        copy = AsyncAstraDevOps(
            token or current.token,
            environment=environment,
            base_url=current.base_url if base_url is None and environment is None else base_url,
            timeout=current.timeout if timeout is None else timeout,
            max_retries=current.max_retries if max_retries is None else max_retries,
            http_client=http_client,
            default_headers=current.default_headers if default_headers is None else default_headers,
            app_name=current.app_name if app_name is None else app_name,
        )
        copy._http._sleep = current._sleep
        if http_client is None:
            copy._http.share_pool_of(current)
        return copy

    async def close(self) -> None:
        """Close the connections this client opened."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


__all__ = ["AsyncAstraDevOps"]
