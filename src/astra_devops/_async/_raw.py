# Generated from _async/*.py by tools/unasync.py (make unasync): do not edit.
"""The `with_raw_response` views of the asynchronous resource groups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._resource import async_raw_response

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


class AsyncAccessListsWithRawResponse:
    """`client.access_lists.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncAccessLists) -> None:
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.add = async_raw_response(resource.add)
        self.replace = async_raw_response(resource.replace)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.validate = async_raw_response(resource.validate)
        self.template = async_raw_response(resource.template)


class AsyncAuditLogsWithRawResponse:
    """`client.audit_logs.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncAuditLogs) -> None:
        self.configure = async_raw_response(resource.configure)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)


class AsyncCdcWithRawResponse:
    """`client.cdc.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncCdc) -> None:
        self.enable = async_raw_response(resource.enable)
        self.update = async_raw_response(resource.update)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.status = async_raw_response(resource.status)


class AsyncCustomDomainsWithRawResponse:
    """`client.custom_domains.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncCustomDomains) -> None:
        self.list = async_raw_response(resource.list)
        self.set = async_raw_response(resource.set)


class AsyncCustomerKeysWithRawResponse:
    """`client.customer_keys.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncCustomerKeys) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.cloud_accounts = async_raw_response(resource.cloud_accounts)
        self.list_classic = async_raw_response(resource.list_classic)
        self.create_classic = async_raw_response(resource.create_classic)
        self.get_classic = async_raw_response(resource.get_classic)
        self.classic_cloud_accounts = async_raw_response(resource.classic_cloud_accounts)
        self.assign_classic_cloud_account = async_raw_response(resource.assign_classic_cloud_account)


class AsyncDatabasesWithRawResponse:
    """`client.databases.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncDatabases) -> None:
        self.get = async_raw_response(resource.get)
        self.create = async_raw_response(resource.create)
        self.terminate = async_raw_response(resource.terminate)
        self.park = async_raw_response(resource.park)
        self.unpark = async_raw_response(resource.unpark)
        self.resize = async_raw_response(resource.resize)
        self.suspend = async_raw_response(resource.suspend)
        self.reset_password = async_raw_response(resource.reset_password)
        self.wait_for_status = async_raw_response(resource.wait_for_status)
        self.secure_bundle_urls = async_raw_response(resource.secure_bundle_urls)
        self.download_secure_bundle = async_raw_response(resource.download_secure_bundle)
        self.update_engine_type = async_raw_response(resource.update_engine_type)


class AsyncDatacentersWithRawResponse:
    """`client.datacenters.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncDatacenters) -> None:
        self.list = async_raw_response(resource.list)
        self.add = async_raw_response(resource.add)
        self.terminate = async_raw_response(resource.terminate)
        self.wait_until_listed = async_raw_response(resource.wait_until_listed)
        self.wait_until_removed = async_raw_response(resource.wait_until_removed)


class AsyncDevOpsAccessListWithRawResponse:
    """`client.devops_access_list.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncDevOpsAccessList) -> None:
        self.get = async_raw_response(resource.get)
        self.add = async_raw_response(resource.add)
        self.replace = async_raw_response(resource.replace)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)


class AsyncEnterpriseWithRawResponse:
    """`client.enterprise.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncEnterprise) -> None:
        self.create_organization = async_raw_response(resource.create_organization)
        self.consumption = async_raw_response(resource.consumption)
        self.billing_report = async_raw_response(resource.billing_report)
        self.generate_billing_report = async_raw_response(resource.generate_billing_report)
        self.wait_for_billing_report = async_raw_response(resource.wait_for_billing_report)


class AsyncKeyspacesWithRawResponse:
    """`client.keyspaces.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncKeyspaces) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.alter_with_graph_engine = async_raw_response(resource.alter_with_graph_engine)
        self.create_solr_index = async_raw_response(resource.create_solr_index)


class AsyncMigrationsWithRawResponse:
    """`client.migrations.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncMigrations) -> None:
        self.cleanup = async_raw_response(resource.cleanup)
        self.status = async_raw_response(resource.status)
        self.initialize = async_raw_response(resource.initialize)
        self.initialize_for_datacenter = async_raw_response(resource.initialize_for_datacenter)
        self.launch = async_raw_response(resource.launch)
        self.resume = async_raw_response(resource.resume)
        self.pause = async_raw_response(resource.pause)
        self.abort = async_raw_response(resource.abort)
        self.wait_for_status = async_raw_response(resource.wait_for_status)


class AsyncOrganizationsWithRawResponse:
    """`client.organizations.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncOrganizations) -> None:
        self.current = async_raw_response(resource.current)


class AsyncPcuGroupsWithRawResponse:
    """`client.pcu_groups.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncPcuGroups) -> None:
        self.list = async_raw_response(resource.list)
        self.types = async_raw_response(resource.types)
        self.get_for_datacenter = async_raw_response(resource.get_for_datacenter)
        self.create = async_raw_response(resource.create)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.associations = async_raw_response(resource.associations)
        self.associate = async_raw_response(resource.associate)
        self.dissociate = async_raw_response(resource.dissociate)
        self.transfer = async_raw_response(resource.transfer)
        self.park = async_raw_response(resource.park)
        self.unpark = async_raw_response(resource.unpark)
        self.wait_for_status = async_raw_response(resource.wait_for_status)


class AsyncPrivateLinksWithRawResponse:
    """`client.private_links.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncPrivateLinks) -> None:
        self.list = async_raw_response(resource.list)
        self.list_for_database = async_raw_response(resource.list_for_database)
        self.get = async_raw_response(resource.get)
        self.configure = async_raw_response(resource.configure)
        self.add_allowed_principal = async_raw_response(resource.add_allowed_principal)
        self.remove_allowed_principal = async_raw_response(resource.remove_allowed_principal)
        self.accept_endpoint = async_raw_response(resource.accept_endpoint)
        self.get_endpoint = async_raw_response(resource.get_endpoint)
        self.update_endpoint = async_raw_response(resource.update_endpoint)
        self.reject_endpoint = async_raw_response(resource.reject_endpoint)


class AsyncRegionsWithRawResponse:
    """`client.regions.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncRegions) -> None:
        self.list = async_raw_response(resource.list)
        self.list_serverless = async_raw_response(resource.list_serverless)


class AsyncRolesWithRawResponse:
    """`client.roles.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncRoles) -> None:
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.create = async_raw_response(resource.create)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)


class AsyncScimWithRawResponse:
    """`client.scim.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncScim) -> None:
        self.service_provider_config = async_raw_response(resource.service_provider_config)
        self.schemas = async_raw_response(resource.schemas)
        self.resource_types = async_raw_response(resource.resource_types)
        self.list_users = async_raw_response(resource.list_users)
        self.create_user = async_raw_response(resource.create_user)
        self.get_user = async_raw_response(resource.get_user)
        self.update_user = async_raw_response(resource.update_user)
        self.patch_user = async_raw_response(resource.patch_user)
        self.delete_user = async_raw_response(resource.delete_user)
        self.list_groups = async_raw_response(resource.list_groups)
        self.create_group = async_raw_response(resource.create_group)
        self.get_group = async_raw_response(resource.get_group)
        self.update_group = async_raw_response(resource.update_group)
        self.patch_group = async_raw_response(resource.patch_group)
        self.delete_group = async_raw_response(resource.delete_group)


class AsyncSnapshotsWithRawResponse:
    """`client.snapshots.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncSnapshots) -> None:
        self.list = async_raw_response(resource.list)
        self.clone_status = async_raw_response(resource.clone_status)
        self.restore_status = async_raw_response(resource.restore_status)
        self.clone = async_raw_response(resource.clone)
        self.restore = async_raw_response(resource.restore)
        self.wait_for_clone = async_raw_response(resource.wait_for_clone)
        self.wait_for_restore = async_raw_response(resource.wait_for_restore)


class AsyncTelemetryWithRawResponse:
    """`client.telemetry.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncTelemetry) -> None:
        self.configure = async_raw_response(resource.configure)
        self.get = async_raw_response(resource.get)


class AsyncTokensWithRawResponse:
    """`client.tokens.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncTokens) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.list_for_organization = async_raw_response(resource.list_for_organization)
        self.create_for_organization = async_raw_response(resource.create_for_organization)
        self.delete_for_organization = async_raw_response(resource.delete_for_organization)


class AsyncUsersWithRawResponse:
    """`client.users.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncUsers) -> None:
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.invite = async_raw_response(resource.invite)
        self.remove = async_raw_response(resource.remove)
        self.update_roles = async_raw_response(resource.update_roles)


class AsyncVpcPeeringWithRawResponse:
    """`client.vpc_peering.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, resource: AsyncVpcPeering) -> None:
        self.get = async_raw_response(resource.get)
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
