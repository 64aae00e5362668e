"""The clients people use: `AstraDevOps` and its asynchronous twin `AsyncAstraDevOps`.

Resource groups are attributes created on first use, so `import astra_devops` and the
constructor stay cheap: a resource imports the models its answers need when it is first
touched, and a method the generated endpoint module of its operation on its first call.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._auth import resolve_base_url, resolve_token
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, LOG_VARIABLE
from ._transport import AsyncTransport, SyncTransport, make_timeout
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


class _LazyResource:
    """A resource attribute, imported and built on first access, then cached on the client."""

    def __init__(self, module: str, name: str) -> None:
        self._module = f"astra_devops.resources.{module}"
        self._name = name
        self.__doc__ = f"`{self._module}.{name}`, built on first use and kept by the client."

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    def __get__(self, instance: object | None, owner: type) -> Any:
        if instance is None:
            return self
        resource = getattr(import_module(self._module), self._name)(instance)
        instance.__dict__[self._attribute] = resource
        return resource

    def __repr__(self) -> str:
        return f"<{self._name}>"


def _lazy(module: str, name: str) -> Any:
    """The attribute's descriptor, typed Any so that the attribute is annotated with its resource
    class: type checkers, `help()` and the reference show `databases: Databases`."""
    return _LazyResource(module, name)


MAX_RETRIES = 10
_LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_log_lock = threading.Lock()
_log_handlers: list[logging.Handler] = []


def _settings(
    token: str | None,
    environment: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
) -> tuple[str, str]:
    """Check every constructor argument before anything touches the network."""
    if (
        isinstance(max_retries, bool)
        or not isinstance(max_retries, int)
        or not 0 <= max_retries <= MAX_RETRIES
    ):
        raise ConfigurationError(
            f"max_retries must be a whole number from 0 to {MAX_RETRIES}, got {max_retries!r}"
        )
    make_timeout(timeout)
    _configure_logging()
    return resolve_token(token), resolve_base_url(base_url, environment)


def _configure_logging() -> None:
    """ASTRA_DEVOPS_LOG=debug|info: the library's log records to stderr (one handler, set up once)."""
    value = os.environ.get(LOG_VARIABLE, "").strip().lower()
    if not value:
        return
    if value not in _LOG_LEVELS:
        raise ConfigurationError(f"{LOG_VARIABLE} must be debug or info, got {value!r}")
    logger = logging.getLogger("astra_devops")
    with _log_lock:
        if not _log_handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
            _log_handlers.append(handler)
        logger.setLevel(_LOG_LEVELS[value])


class AstraDevOps:
    """Client of the Astra DB DevOps API.

    The token comes from `token`, else `ASTRA_DB_APPLICATION_TOKEN`, else the astra-cli
    configuration file. The API host comes from `base_url`, else `environment` (prod, dev,
    test), else `ASTRA_DEVOPS_BASE_URL`, else `ASTRA_DEVOPS_ENVIRONMENT`, else prod.
    `default_headers` go with every request (never Authorization); `app_name` ("myapp/1.2")
    is added to the User-Agent.
    """

    databases: Databases = _lazy("databases", "Databases")
    keyspaces: Keyspaces = _lazy("keyspaces", "Keyspaces")
    datacenters: Datacenters = _lazy("datacenters", "Datacenters")
    snapshots: Snapshots = _lazy("snapshots", "Snapshots")
    roles: Roles = _lazy("roles", "Roles")
    users: Users = _lazy("users", "Users")
    tokens: Tokens = _lazy("tokens", "Tokens")
    organizations: Organizations = _lazy("organizations", "Organizations")
    access_lists: AccessLists = _lazy("access_lists", "AccessLists")
    devops_access_list: DevOpsAccessList = _lazy("devops_access_list", "DevOpsAccessList")
    private_links: PrivateLinks = _lazy("private_links", "PrivateLinks")
    custom_domains: CustomDomains = _lazy("custom_domains", "CustomDomains")
    vpc_peering: VpcPeering = _lazy("vpc_peering", "VpcPeering")
    customer_keys: CustomerKeys = _lazy("customer_keys", "CustomerKeys")
    regions: Regions = _lazy("regions", "Regions")
    telemetry: Telemetry = _lazy("telemetry", "Telemetry")
    audit_logs: AuditLogs = _lazy("audit_logs", "AuditLogs")
    migrations: Migrations = _lazy("migrations", "Migrations")
    pcu_groups: PcuGroups = _lazy("pcu_groups", "PcuGroups")
    enterprise: Enterprise = _lazy("enterprise", "Enterprise")
    cdc: Cdc = _lazy("cdc", "Cdc")
    scim: Scim = _lazy("scim", "Scim")

    def __init__(
        self,
        token: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        app_name: str | None = None,
    ) -> None:
        resolved, self.base_url = _settings(token, environment, base_url, timeout, max_retries)
        self._http = SyncTransport(
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
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        app_name: str | None = None,
    ) -> AstraDevOps:
        """This client with some constructor options changed, for one call or a few:
        `client.with_options(timeout=5).databases.get(id)`. It shares this client's connections
        (unless given `http_client`), which stay this client's to close: once this client is
        closed, the copy raises ConfigurationError too."""
        current = self._http
        copy = AstraDevOps(
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

    def close(self) -> None:
        """Close the connections this client opened."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


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


__all__ = ["AstraDevOps", "AsyncAstraDevOps"]
