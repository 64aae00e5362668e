"""The clients people use: `AstraDevOps` and its asynchronous twin `AsyncAstraDevOps`.

Resource groups are attributes created on first use, so `import astra_devops` and the
constructor stay cheap: a resource imports its generated endpoint modules, and those
their models, only when it is first touched.
"""

from __future__ import annotations

from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Self, TypeVar, overload

import httpx

from ._auth import check_base_url, environment_base_url, resolve_token
from ._base_client import AsyncAPIClient, SyncAPIClient
from .errors import ConfigurationError

if TYPE_CHECKING:
    from .resources.access_lists import AccessLists, AsyncAccessLists
    from .resources.audit_logs import AsyncAuditLogs, AuditLogs
    from .resources.cdc import AsyncCdc, Cdc
    from .resources.custom_domains import AsyncCustomDomains, CustomDomains
    from .resources.customer_keys import AsyncCustomerKeys, CustomerKeys
    from .resources.databases import AsyncDatabases, Databases
    from .resources.datacenters import AsyncDatacenters, Datacenters
    from .resources.devops_access_list import AsyncDevOpsAccessList, DevOpsAccessList
    from .resources.enterprise import AsyncEnterprise, Enterprise
    from .resources.keyspaces import AsyncKeyspaces, Keyspaces
    from .resources.migrations import AsyncMigrations, Migrations
    from .resources.organizations import AsyncOrganizations, Organizations
    from .resources.pcu_groups import AsyncPcuGroups, PcuGroups
    from .resources.private_links import AsyncPrivateLinks, PrivateLinks
    from .resources.regions import AsyncRegions, Regions
    from .resources.roles import AsyncRoles, Roles
    from .resources.scim import AsyncScim, Scim
    from .resources.snapshots import AsyncSnapshots, Snapshots
    from .resources.telemetry import AsyncTelemetry, Telemetry
    from .resources.tokens import AsyncTokens, Tokens
    from .resources.users import AsyncUsers, Users
    from .resources.vpc_peering import AsyncVpcPeering, VpcPeering

R = TypeVar("R")


class _lazy(Generic[R]):
    """A resource attribute, imported and built on first access, then cached on the client."""

    def __init__(self, module: str, name: str) -> None:
        self._module = f"astra_devops.resources.{module}"
        self._name = name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...
    @overload
    def __get__(self, instance: object, owner: type) -> R: ...
    def __get__(self, instance: object | None, owner: type) -> Self | R:
        if instance is None:
            return self
        resource: R = getattr(import_module(self._module), self._name)(instance)
        instance.__dict__[self._attribute] = resource
        return resource


def _settings(
    token: str | None,
    environment: str,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
) -> tuple[str, str]:
    """Check every constructor argument before anything touches the network."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, got {max_retries!r}")
    if not isinstance(timeout, httpx.Timeout) and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0
    ):
        raise ConfigurationError(f"timeout must be a positive number of seconds, got {timeout!r}")
    url = check_base_url(base_url) if base_url is not None else environment_base_url(environment)
    return resolve_token(token), url


class AstraDevOps:
    """Client of the Astra DB DevOps API.

    The token comes from `token`, else `ASTRA_DB_APPLICATION_TOKEN`, else the astra-cli
    configuration file; `environment` (prod, dev, test) picks the API host unless
    `base_url` is given.
    """

    databases: _lazy[Databases] = _lazy("databases", "Databases")
    keyspaces: _lazy[Keyspaces] = _lazy("keyspaces", "Keyspaces")
    datacenters: _lazy[Datacenters] = _lazy("datacenters", "Datacenters")
    snapshots: _lazy[Snapshots] = _lazy("snapshots", "Snapshots")
    roles: _lazy[Roles] = _lazy("roles", "Roles")
    users: _lazy[Users] = _lazy("users", "Users")
    tokens: _lazy[Tokens] = _lazy("tokens", "Tokens")
    organizations: _lazy[Organizations] = _lazy("organizations", "Organizations")
    access_lists: _lazy[AccessLists] = _lazy("access_lists", "AccessLists")
    devops_access_list: _lazy[DevOpsAccessList] = _lazy("devops_access_list", "DevOpsAccessList")
    private_links: _lazy[PrivateLinks] = _lazy("private_links", "PrivateLinks")
    custom_domains: _lazy[CustomDomains] = _lazy("custom_domains", "CustomDomains")
    vpc_peering: _lazy[VpcPeering] = _lazy("vpc_peering", "VpcPeering")
    customer_keys: _lazy[CustomerKeys] = _lazy("customer_keys", "CustomerKeys")
    regions: _lazy[Regions] = _lazy("regions", "Regions")
    telemetry: _lazy[Telemetry] = _lazy("telemetry", "Telemetry")
    audit_logs: _lazy[AuditLogs] = _lazy("audit_logs", "AuditLogs")
    migrations: _lazy[Migrations] = _lazy("migrations", "Migrations")
    pcu_groups: _lazy[PcuGroups] = _lazy("pcu_groups", "PcuGroups")
    enterprise: _lazy[Enterprise] = _lazy("enterprise", "Enterprise")
    cdc: _lazy[Cdc] = _lazy("cdc", "Cdc")
    scim: _lazy[Scim] = _lazy("scim", "Scim")

    def __init__(
        self,
        token: str | None = None,
        *,
        environment: str = "prod",
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
    ) -> None:
        resolved, self.base_url = _settings(token, environment, base_url, timeout, max_retries)
        self._http = SyncAPIClient(
            token=resolved,
            base_url=self.base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> AstraDevOps:
        """This client with another timeout or retry count, for one call or a few:
        `client.with_options(timeout=5).databases.get(id)`. It shares this client's connections."""
        timeout = self._http.timeout if timeout is None else timeout
        max_retries = self._http.max_retries if max_retries is None else max_retries
        _settings(self._http.token, "prod", self.base_url, timeout, max_retries)
        copy = object.__new__(AstraDevOps)
        copy.base_url = self.base_url
        copy._http = self._http.with_options(timeout, max_retries)
        return copy

    def close(self) -> None:
        """Close the connections this client opened."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"AstraDevOps(base_url={self.base_url!r})"


class AsyncAstraDevOps:
    """Asynchronous client of the Astra DB DevOps API; the same resources, awaited."""

    databases: _lazy[AsyncDatabases] = _lazy("databases", "AsyncDatabases")
    keyspaces: _lazy[AsyncKeyspaces] = _lazy("keyspaces", "AsyncKeyspaces")
    datacenters: _lazy[AsyncDatacenters] = _lazy("datacenters", "AsyncDatacenters")
    snapshots: _lazy[AsyncSnapshots] = _lazy("snapshots", "AsyncSnapshots")
    roles: _lazy[AsyncRoles] = _lazy("roles", "AsyncRoles")
    users: _lazy[AsyncUsers] = _lazy("users", "AsyncUsers")
    tokens: _lazy[AsyncTokens] = _lazy("tokens", "AsyncTokens")
    organizations: _lazy[AsyncOrganizations] = _lazy("organizations", "AsyncOrganizations")
    access_lists: _lazy[AsyncAccessLists] = _lazy("access_lists", "AsyncAccessLists")
    devops_access_list: _lazy[AsyncDevOpsAccessList] = _lazy("devops_access_list", "AsyncDevOpsAccessList")
    private_links: _lazy[AsyncPrivateLinks] = _lazy("private_links", "AsyncPrivateLinks")
    custom_domains: _lazy[AsyncCustomDomains] = _lazy("custom_domains", "AsyncCustomDomains")
    vpc_peering: _lazy[AsyncVpcPeering] = _lazy("vpc_peering", "AsyncVpcPeering")
    customer_keys: _lazy[AsyncCustomerKeys] = _lazy("customer_keys", "AsyncCustomerKeys")
    regions: _lazy[AsyncRegions] = _lazy("regions", "AsyncRegions")
    telemetry: _lazy[AsyncTelemetry] = _lazy("telemetry", "AsyncTelemetry")
    audit_logs: _lazy[AsyncAuditLogs] = _lazy("audit_logs", "AsyncAuditLogs")
    migrations: _lazy[AsyncMigrations] = _lazy("migrations", "AsyncMigrations")
    pcu_groups: _lazy[AsyncPcuGroups] = _lazy("pcu_groups", "AsyncPcuGroups")
    enterprise: _lazy[AsyncEnterprise] = _lazy("enterprise", "AsyncEnterprise")
    cdc: _lazy[AsyncCdc] = _lazy("cdc", "AsyncCdc")
    scim: _lazy[AsyncScim] = _lazy("scim", "AsyncScim")

    def __init__(
        self,
        token: str | None = None,
        *,
        environment: str = "prod",
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        resolved, self.base_url = _settings(token, environment, base_url, timeout, max_retries)
        self._http = AsyncAPIClient(
            token=resolved,
            base_url=self.base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> AsyncAstraDevOps:
        """This client with another timeout or retry count, for one call or a few:
        `client.with_options(timeout=5).databases.get(id)`. It shares this client's connections."""
        timeout = self._http.timeout if timeout is None else timeout
        max_retries = self._http.max_retries if max_retries is None else max_retries
        _settings(self._http.token, "prod", self.base_url, timeout, max_retries)
        copy = object.__new__(AsyncAstraDevOps)
        copy.base_url = self.base_url
        copy._http = self._http.with_options(timeout, max_retries)
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
        return f"AsyncAstraDevOps(base_url={self.base_url!r})"


__all__ = ["AstraDevOps", "AsyncAstraDevOps"]
