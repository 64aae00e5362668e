# Generated from _async/*.py by tools/unasync.py (make unasync): do not edit.
"""The `with_raw_response` views of the synchronous resource groups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._resource import raw_response

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


class AccessListsWithRawResponse:
    """`client.access_lists.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: AccessLists) -> None:
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.add = raw_response(resource.add)
        self.replace = raw_response(resource.replace)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.validate = raw_response(resource.validate)
        self.template = raw_response(resource.template)


class AuditLogsWithRawResponse:
    """`client.audit_logs.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: AuditLogs) -> None:
        self.configure = raw_response(resource.configure)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class CdcWithRawResponse:
    """`client.cdc.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Cdc) -> None:
        self.enable = raw_response(resource.enable)
        self.update = raw_response(resource.update)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.status = raw_response(resource.status)


class CustomDomainsWithRawResponse:
    """`client.custom_domains.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: CustomDomains) -> None:
        self.list = raw_response(resource.list)
        self.set = raw_response(resource.set)


class CustomerKeysWithRawResponse:
    """`client.customer_keys.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: CustomerKeys) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.cloud_accounts = raw_response(resource.cloud_accounts)
        self.list_classic = raw_response(resource.list_classic)
        self.create_classic = raw_response(resource.create_classic)
        self.get_classic = raw_response(resource.get_classic)
        self.classic_cloud_accounts = raw_response(resource.classic_cloud_accounts)
        self.assign_classic_cloud_account = raw_response(resource.assign_classic_cloud_account)


class DatabasesWithRawResponse:
    """`client.databases.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Databases) -> None:
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.terminate = raw_response(resource.terminate)
        self.park = raw_response(resource.park)
        self.unpark = raw_response(resource.unpark)
        self.resize = raw_response(resource.resize)
        self.suspend = raw_response(resource.suspend)
        self.reset_password = raw_response(resource.reset_password)
        self.wait_for_status = raw_response(resource.wait_for_status)
        self.secure_bundle_urls = raw_response(resource.secure_bundle_urls)
        self.download_secure_bundle = raw_response(resource.download_secure_bundle)
        self.update_engine_type = raw_response(resource.update_engine_type)


class DatacentersWithRawResponse:
    """`client.datacenters.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Datacenters) -> None:
        self.list = raw_response(resource.list)
        self.add = raw_response(resource.add)
        self.terminate = raw_response(resource.terminate)
        self.wait_until_listed = raw_response(resource.wait_until_listed)
        self.wait_until_removed = raw_response(resource.wait_until_removed)


class DevOpsAccessListWithRawResponse:
    """`client.devops_access_list.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: DevOpsAccessList) -> None:
        self.get = raw_response(resource.get)
        self.add = raw_response(resource.add)
        self.replace = raw_response(resource.replace)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class EnterpriseWithRawResponse:
    """`client.enterprise.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Enterprise) -> None:
        self.create_organization = raw_response(resource.create_organization)
        self.consumption = raw_response(resource.consumption)
        self.billing_report = raw_response(resource.billing_report)
        self.generate_billing_report = raw_response(resource.generate_billing_report)
        self.wait_for_billing_report = raw_response(resource.wait_for_billing_report)


class KeyspacesWithRawResponse:
    """`client.keyspaces.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Keyspaces) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.alter_with_graph_engine = raw_response(resource.alter_with_graph_engine)
        self.create_solr_index = raw_response(resource.create_solr_index)


class MigrationsWithRawResponse:
    """`client.migrations.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Migrations) -> None:
        self.cleanup = raw_response(resource.cleanup)
        self.status = raw_response(resource.status)
        self.initialize = raw_response(resource.initialize)
        self.initialize_for_datacenter = raw_response(resource.initialize_for_datacenter)
        self.launch = raw_response(resource.launch)
        self.resume = raw_response(resource.resume)
        self.pause = raw_response(resource.pause)
        self.abort = raw_response(resource.abort)
        self.wait_for_status = raw_response(resource.wait_for_status)


class OrganizationsWithRawResponse:
    """`client.organizations.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Organizations) -> None:
        self.current = raw_response(resource.current)


class PcuGroupsWithRawResponse:
    """`client.pcu_groups.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: PcuGroups) -> None:
        self.list = raw_response(resource.list)
        self.types = raw_response(resource.types)
        self.get_for_datacenter = raw_response(resource.get_for_datacenter)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.associations = raw_response(resource.associations)
        self.associate = raw_response(resource.associate)
        self.dissociate = raw_response(resource.dissociate)
        self.transfer = raw_response(resource.transfer)
        self.park = raw_response(resource.park)
        self.unpark = raw_response(resource.unpark)
        self.wait_for_status = raw_response(resource.wait_for_status)


class PrivateLinksWithRawResponse:
    """`client.private_links.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: PrivateLinks) -> None:
        self.list = raw_response(resource.list)
        self.list_for_database = raw_response(resource.list_for_database)
        self.get = raw_response(resource.get)
        self.configure = raw_response(resource.configure)
        self.add_allowed_principal = raw_response(resource.add_allowed_principal)
        self.remove_allowed_principal = raw_response(resource.remove_allowed_principal)
        self.accept_endpoint = raw_response(resource.accept_endpoint)
        self.get_endpoint = raw_response(resource.get_endpoint)
        self.update_endpoint = raw_response(resource.update_endpoint)
        self.reject_endpoint = raw_response(resource.reject_endpoint)


class RegionsWithRawResponse:
    """`client.regions.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Regions) -> None:
        self.list = raw_response(resource.list)
        self.list_serverless = raw_response(resource.list_serverless)


class RolesWithRawResponse:
    """`client.roles.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Roles) -> None:
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class ScimWithRawResponse:
    """`client.scim.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Scim) -> None:
        self.service_provider_config = raw_response(resource.service_provider_config)
        self.schemas = raw_response(resource.schemas)
        self.resource_types = raw_response(resource.resource_types)
        self.list_users = raw_response(resource.list_users)
        self.create_user = raw_response(resource.create_user)
        self.get_user = raw_response(resource.get_user)
        self.update_user = raw_response(resource.update_user)
        self.patch_user = raw_response(resource.patch_user)
        self.delete_user = raw_response(resource.delete_user)
        self.list_groups = raw_response(resource.list_groups)
        self.create_group = raw_response(resource.create_group)
        self.get_group = raw_response(resource.get_group)
        self.update_group = raw_response(resource.update_group)
        self.patch_group = raw_response(resource.patch_group)
        self.delete_group = raw_response(resource.delete_group)


class SnapshotsWithRawResponse:
    """`client.snapshots.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Snapshots) -> None:
        self.list = raw_response(resource.list)
        self.clone_status = raw_response(resource.clone_status)
        self.restore_status = raw_response(resource.restore_status)
        self.clone = raw_response(resource.clone)
        self.restore = raw_response(resource.restore)
        self.wait_for_clone = raw_response(resource.wait_for_clone)
        self.wait_for_restore = raw_response(resource.wait_for_restore)


class TelemetryWithRawResponse:
    """`client.telemetry.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Telemetry) -> None:
        self.configure = raw_response(resource.configure)
        self.get = raw_response(resource.get)


class TokensWithRawResponse:
    """`client.tokens.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Tokens) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.list_for_organization = raw_response(resource.list_for_organization)
        self.create_for_organization = raw_response(resource.create_for_organization)
        self.delete_for_organization = raw_response(resource.delete_for_organization)


class UsersWithRawResponse:
    """`client.users.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: Users) -> None:
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.invite = raw_response(resource.invite)
        self.remove = raw_response(resource.remove)
        self.update_roles = raw_response(resource.update_roles)


class VpcPeeringWithRawResponse:
    """`client.vpc_peering.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, resource: VpcPeering) -> None:
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
