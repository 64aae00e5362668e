# Generated from _async/_client.py by tools/unasync.py (make unasync): do not edit.
"""`AstraDevOps`, the synchronous client: its resource groups, its transport, its settings."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from .._client import _lazy, _settings
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._transport import SyncTransport

if TYPE_CHECKING:
    from .access_lists import AccessLists
    from .audit_logs import AuditLogs
    from .cdc import Cdc
    from .custom_domains import CustomDomains
    from .customer_keys import CustomerKeys
    from .databases import Databases
    from .datacenters import Datacenters
    from .devops_access_list import DevOpsAccessList
    from .enterprise import Enterprise
    from .keyspaces import Keyspaces
    from .migrations import Migrations
    from .organizations import Organizations
    from .pcu_groups import PcuGroups
    from .private_links import PrivateLinks
    from .regions import Regions
    from .roles import Roles
    from .scim import Scim
    from .snapshots import Snapshots
    from .telemetry import Telemetry
    from .tokens import Tokens
    from .users import Users
    from .vpc_peering import VpcPeering


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


__all__ = ["AstraDevOps"]
