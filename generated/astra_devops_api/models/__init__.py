"""Contains all the data models used in inputs/outputs.

Models are imported on first access (PEP 562), so importing one model or one endpoint
module does not import every model of the API.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_list_configurations import AccessListConfigurations
    from .access_list_request import AccessListRequest
    from .access_list_response import AccessListResponse
    from .address_request import AddressRequest
    from .address_response import AddressResponse
    from .amazon_vpc import AmazonVPC
    from .available_region_combination import AvailableRegionCombination
    from .awskms import AWSKMS
    from .azure_vpc import AzureVPC
    from .azurekms import AZUREKMS
    from .capacity_units import CapacityUnits
    from .client_role import ClientRole
    from .client_role_list import ClientRoleList
    from .clone_status import CloneStatus
    from .cloud_provider_account_details import CloudProviderAccountDetails
    from .cloud_watch_telemetry_request import CloudWatchTelemetryRequest
    from .cloud_watch_telemetry_request_block import CloudWatchTelemetryRequestBlock
    from .cost_breakdown import CostBreakdown
    from .costs import Costs
    from .create_org_in_enterprise_request import CreateOrgInEnterpriseRequest
    from .create_org_in_enterprise_response import CreateOrgInEnterpriseResponse
    from .create_org_in_enterprise_response_marketplace_data_type_0 import (
        CreateOrgInEnterpriseResponseMarketplaceDataType0,
    )
    from .create_role_request import CreateRoleRequest
    from .create_token_body import CreateTokenBody
    from .create_vpc_peering_connection_provider import (
        CreateVpcPeeringConnectionProvider,
    )
    from .creds_url import CredsURL
    from .creds_url_custom_domain_bundles_item import CredsURLCustomDomainBundlesItem
    from .database import Database
    from .database_info import DatabaseInfo
    from .database_info_create import DatabaseInfoCreate
    from .database_info_create_cloud_provider import DatabaseInfoCreateCloudProvider
    from .database_info_create_db_type import DatabaseInfoCreateDbType
    from .database_info_create_tier import DatabaseInfoCreateTier
    from .datacenter import Datacenter
    from .datacenter_request import DatacenterRequest
    from .datacenter_streaming_tenant import DatacenterStreamingTenant
    from .datadog_telemetry_request import DatadogTelemetryRequest
    from .datadog_telemetry_request_block import DatadogTelemetryRequestBlock
    from .delete_cdc_request import DeleteCDCRequest
    from .delete_cdc_request_tables_item import DeleteCDCRequestTablesItem
    from .delete_vpc_peering_connection_provider import (
        DeleteVpcPeeringConnectionProvider,
    )
    from .dev_ops_access_list_response import DevOpsAccessListResponse
    from .dev_ops_acl_address import DevOpsAclAddress
    from .dev_ops_ip_address import DevOpsIpAddress
    from .enable_cdc_request import EnableCDCRequest
    from .enable_cdc_request_regions_item import EnableCDCRequestRegionsItem
    from .enable_cdc_request_tables_item import EnableCDCRequestTablesItem
    from .engine_type import EngineType
    from .enterprise_consumption_request import EnterpriseConsumptionRequest
    from .enterprise_consumption_response import EnterpriseConsumptionResponse
    from .enterprise_generate_report_request import EnterpriseGenerateReportRequest
    from .enterprise_generate_report_response import EnterpriseGenerateReportResponse
    from .enterprise_report_status_response import EnterpriseReportStatusResponse
    from .enterprise_report_status_response_report_details import (
        EnterpriseReportStatusResponseReportDetails,
    )
    from .error_entry import ErrorEntry
    from .errors import Errors
    from .external_kms import ExternalKMS
    from .external_kms_response import ExternalKMSResponse
    from .gcpkms import GCPKMS
    from .generate_token_body import GenerateTokenBody
    from .generate_token_response import GenerateTokenResponse
    from .get_cdc_response import GetCDCResponse
    from .get_cdc_response_regions_item import GetCDCResponseRegionsItem
    from .get_particular_customer_key import GetParticularCustomerKey
    from .get_particular_customer_key_aws import GetParticularCustomerKeyAws
    from .get_vpc_peering_connection_details_provider import (
        GetVpcPeeringConnectionDetailsProvider,
    )
    from .google_vpc import GoogleVPC
    from .kafka_telemetry_request import KafkaTelemetryRequest
    from .kafka_telemetry_request_block import KafkaTelemetryRequestBlock
    from .list_cdc_response import ListCDCResponse
    from .list_cdc_response_regions_item import ListCDCResponseRegionsItem
    from .list_cdc_response_tables_item import ListCDCResponseTablesItem
    from .list_databases_include import ListDatabasesInclude
    from .list_databases_provider import ListDatabasesProvider
    from .migration_status import MigrationStatus
    from .organization import Organization
    from .organization_users import OrganizationUsers
    from .pcu_association import PCUAssociation
    from .pcu_association_transfer_request import PCUAssociationTransferRequest
    from .pcu_group import PCUGroup
    from .pcu_group_create_request import PCUGroupCreateRequest
    from .pcu_group_get_request import PCUGroupGetRequest
    from .pcu_group_type import PCUGroupType
    from .pcu_group_type_details import PCUGroupTypeDetails
    from .pcu_group_type_response import PCUGroupTypeResponse
    from .pcu_group_types_request import PCUGroupTypesRequest
    from .pcu_group_update_request import PCUGroupUpdateRequest
    from .policy import Policy
    from .policy_actions_item import PolicyActionsItem
    from .policy_effect import PolicyEffect
    from .private_link_accept_output import PrivateLinkAcceptOutput
    from .private_link_cluster_output import PrivateLinkClusterOutput
    from .private_link_create_config_input import PrivateLinkCreateConfigInput
    from .private_link_create_config_output import PrivateLinkCreateConfigOutput
    from .private_link_create_endpoint_input import PrivateLinkCreateEndpointInput
    from .private_link_datacenter_output import PrivateLinkDatacenterOutput
    from .private_link_delete_config_input import PrivateLinkDeleteConfigInput
    from .private_link_endpoint import PrivateLinkEndpoint
    from .private_link_endpoint_activation import PrivateLinkEndpointActivation
    from .private_link_org_output import PrivateLinkOrgOutput
    from .private_link_update_endpoint_input import PrivateLinkUpdateEndpointInput
    from .pulsar_auth_request import PulsarAuthRequest
    from .pulsar_telemetry_request import PulsarTelemetryRequest
    from .pulsar_telemetry_request_block import PulsarTelemetryRequestBlock
    from .remote_prometheus_basic_auth_telemetry_request import (
        RemotePrometheusBasicAuthTelemetryRequest,
    )
    from .remote_prometheus_basic_auth_telemetry_request_auth_strategy import (
        RemotePrometheusBasicAuthTelemetryRequestAuthStrategy,
    )
    from .remote_prometheus_bearer_auth_telemetry_request import (
        RemotePrometheusBearerAuthTelemetryRequest,
    )
    from .remote_prometheus_bearer_auth_telemetry_request_auth_strategy import (
        RemotePrometheusBearerAuthTelemetryRequestAuthStrategy,
    )
    from .remote_prometheus_telemetry_request import RemotePrometheusTelemetryRequest
    from .role import Role
    from .role_invite_request import RoleInviteRequest
    from .role_policy import RolePolicy
    from .role_summary import RoleSummary
    from .role_write_response import RoleWriteResponse
    from .scim_attribute import SCIMAttribute
    from .scim_authentication_scheme import SCIMAuthenticationScheme
    from .scim_group import SCIMGroup
    from .scim_group_list_response import SCIMGroupListResponse
    from .scim_group_member import SCIMGroupMember
    from .scim_group_meta import SCIMGroupMeta
    from .scim_patch_operation import SCIMPatchOperation
    from .scim_patch_operation_op import SCIMPatchOperationOp
    from .scim_patch_request import SCIMPatchRequest
    from .scim_resource_type import SCIMResourceType
    from .scim_resource_type_meta import SCIMResourceTypeMeta
    from .scim_resource_types_list_response import SCIMResourceTypesListResponse
    from .scim_schema import SCIMSchema
    from .scim_schema_meta import SCIMSchemaMeta
    from .scim_schemas_list_response import SCIMSchemasListResponse
    from .scim_service_provider_config import SCIMServiceProviderConfig
    from .scim_service_provider_config_bulk import SCIMServiceProviderConfigBulk
    from .scim_service_provider_config_change_password import (
        SCIMServiceProviderConfigChangePassword,
    )
    from .scim_service_provider_config_etag import SCIMServiceProviderConfigEtag
    from .scim_service_provider_config_filter import SCIMServiceProviderConfigFilter
    from .scim_service_provider_config_patch import SCIMServiceProviderConfigPatch
    from .scim_service_provider_config_sort import SCIMServiceProviderConfigSort
    from .scim_service_provider_meta import SCIMServiceProviderMeta
    from .scim_user import SCIMUser
    from .scim_user_emails_item import SCIMUserEmailsItem
    from .scim_user_list_response import SCIMUserListResponse
    from .scim_user_meta import SCIMUserMeta
    from .scim_user_name import SCIMUserName
    from .serverless_region import ServerlessRegion
    from .snapshot_list import SnapshotList
    from .snapshot_list_snapshots_item import SnapshotListSnapshotsItem
    from .splunk_telemetry_request import SplunkTelemetryRequest
    from .splunk_telemetry_request_block import SplunkTelemetryRequestBlock
    from .storage import Storage
    from .telemetry_config import TelemetryConfig
    from .update_role_request import UpdateRoleRequest
    from .user_invite import UserInvite
    from .user_password import UserPassword
    from .user_response import UserResponse
    from .validation_response import ValidationResponse
    from .vpc import VPC
    from .vpc_connection import VPCConnection

_MODULE_OF = {
    "AccessListConfigurations": ".access_list_configurations",
    "AccessListRequest": ".access_list_request",
    "AccessListResponse": ".access_list_response",
    "AddressRequest": ".address_request",
    "AddressResponse": ".address_response",
    "AmazonVPC": ".amazon_vpc",
    "AvailableRegionCombination": ".available_region_combination",
    "AWSKMS": ".awskms",
    "AzureVPC": ".azure_vpc",
    "AZUREKMS": ".azurekms",
    "CapacityUnits": ".capacity_units",
    "ClientRole": ".client_role",
    "ClientRoleList": ".client_role_list",
    "CloneStatus": ".clone_status",
    "CloudProviderAccountDetails": ".cloud_provider_account_details",
    "CloudWatchTelemetryRequest": ".cloud_watch_telemetry_request",
    "CloudWatchTelemetryRequestBlock": ".cloud_watch_telemetry_request_block",
    "CostBreakdown": ".cost_breakdown",
    "Costs": ".costs",
    "CreateOrgInEnterpriseRequest": ".create_org_in_enterprise_request",
    "CreateOrgInEnterpriseResponse": ".create_org_in_enterprise_response",
    "CreateOrgInEnterpriseResponseMarketplaceDataType0": ".create_org_in_enterprise_response_marketplace_data_type_0",
    "CreateRoleRequest": ".create_role_request",
    "CreateTokenBody": ".create_token_body",
    "CreateVpcPeeringConnectionProvider": ".create_vpc_peering_connection_provider",
    "CredsURL": ".creds_url",
    "CredsURLCustomDomainBundlesItem": ".creds_url_custom_domain_bundles_item",
    "Database": ".database",
    "DatabaseInfo": ".database_info",
    "DatabaseInfoCreate": ".database_info_create",
    "DatabaseInfoCreateCloudProvider": ".database_info_create_cloud_provider",
    "DatabaseInfoCreateDbType": ".database_info_create_db_type",
    "DatabaseInfoCreateTier": ".database_info_create_tier",
    "Datacenter": ".datacenter",
    "DatacenterRequest": ".datacenter_request",
    "DatacenterStreamingTenant": ".datacenter_streaming_tenant",
    "DatadogTelemetryRequest": ".datadog_telemetry_request",
    "DatadogTelemetryRequestBlock": ".datadog_telemetry_request_block",
    "DeleteCDCRequest": ".delete_cdc_request",
    "DeleteCDCRequestTablesItem": ".delete_cdc_request_tables_item",
    "DeleteVpcPeeringConnectionProvider": ".delete_vpc_peering_connection_provider",
    "DevOpsAccessListResponse": ".dev_ops_access_list_response",
    "DevOpsAclAddress": ".dev_ops_acl_address",
    "DevOpsIpAddress": ".dev_ops_ip_address",
    "EnableCDCRequest": ".enable_cdc_request",
    "EnableCDCRequestRegionsItem": ".enable_cdc_request_regions_item",
    "EnableCDCRequestTablesItem": ".enable_cdc_request_tables_item",
    "EngineType": ".engine_type",
    "EnterpriseConsumptionRequest": ".enterprise_consumption_request",
    "EnterpriseConsumptionResponse": ".enterprise_consumption_response",
    "EnterpriseGenerateReportRequest": ".enterprise_generate_report_request",
    "EnterpriseGenerateReportResponse": ".enterprise_generate_report_response",
    "EnterpriseReportStatusResponse": ".enterprise_report_status_response",
    "EnterpriseReportStatusResponseReportDetails": ".enterprise_report_status_response_report_details",
    "ErrorEntry": ".error_entry",
    "Errors": ".errors",
    "ExternalKMS": ".external_kms",
    "ExternalKMSResponse": ".external_kms_response",
    "GCPKMS": ".gcpkms",
    "GenerateTokenBody": ".generate_token_body",
    "GenerateTokenResponse": ".generate_token_response",
    "GetCDCResponse": ".get_cdc_response",
    "GetCDCResponseRegionsItem": ".get_cdc_response_regions_item",
    "GetParticularCustomerKey": ".get_particular_customer_key",
    "GetParticularCustomerKeyAws": ".get_particular_customer_key_aws",
    "GetVpcPeeringConnectionDetailsProvider": ".get_vpc_peering_connection_details_provider",
    "GoogleVPC": ".google_vpc",
    "KafkaTelemetryRequest": ".kafka_telemetry_request",
    "KafkaTelemetryRequestBlock": ".kafka_telemetry_request_block",
    "ListCDCResponse": ".list_cdc_response",
    "ListCDCResponseRegionsItem": ".list_cdc_response_regions_item",
    "ListCDCResponseTablesItem": ".list_cdc_response_tables_item",
    "ListDatabasesInclude": ".list_databases_include",
    "ListDatabasesProvider": ".list_databases_provider",
    "MigrationStatus": ".migration_status",
    "Organization": ".organization",
    "OrganizationUsers": ".organization_users",
    "PCUAssociation": ".pcu_association",
    "PCUAssociationTransferRequest": ".pcu_association_transfer_request",
    "PCUGroup": ".pcu_group",
    "PCUGroupCreateRequest": ".pcu_group_create_request",
    "PCUGroupGetRequest": ".pcu_group_get_request",
    "PCUGroupType": ".pcu_group_type",
    "PCUGroupTypeDetails": ".pcu_group_type_details",
    "PCUGroupTypeResponse": ".pcu_group_type_response",
    "PCUGroupTypesRequest": ".pcu_group_types_request",
    "PCUGroupUpdateRequest": ".pcu_group_update_request",
    "Policy": ".policy",
    "PolicyActionsItem": ".policy_actions_item",
    "PolicyEffect": ".policy_effect",
    "PrivateLinkAcceptOutput": ".private_link_accept_output",
    "PrivateLinkClusterOutput": ".private_link_cluster_output",
    "PrivateLinkCreateConfigInput": ".private_link_create_config_input",
    "PrivateLinkCreateConfigOutput": ".private_link_create_config_output",
    "PrivateLinkCreateEndpointInput": ".private_link_create_endpoint_input",
    "PrivateLinkDatacenterOutput": ".private_link_datacenter_output",
    "PrivateLinkDeleteConfigInput": ".private_link_delete_config_input",
    "PrivateLinkEndpoint": ".private_link_endpoint",
    "PrivateLinkEndpointActivation": ".private_link_endpoint_activation",
    "PrivateLinkOrgOutput": ".private_link_org_output",
    "PrivateLinkUpdateEndpointInput": ".private_link_update_endpoint_input",
    "PulsarAuthRequest": ".pulsar_auth_request",
    "PulsarTelemetryRequest": ".pulsar_telemetry_request",
    "PulsarTelemetryRequestBlock": ".pulsar_telemetry_request_block",
    "RemotePrometheusBasicAuthTelemetryRequest": ".remote_prometheus_basic_auth_telemetry_request",
    "RemotePrometheusBasicAuthTelemetryRequestAuthStrategy": ".remote_prometheus_basic_auth_telemetry_request_auth_strategy",
    "RemotePrometheusBearerAuthTelemetryRequest": ".remote_prometheus_bearer_auth_telemetry_request",
    "RemotePrometheusBearerAuthTelemetryRequestAuthStrategy": ".remote_prometheus_bearer_auth_telemetry_request_auth_strategy",
    "RemotePrometheusTelemetryRequest": ".remote_prometheus_telemetry_request",
    "Role": ".role",
    "RoleInviteRequest": ".role_invite_request",
    "RolePolicy": ".role_policy",
    "RoleSummary": ".role_summary",
    "RoleWriteResponse": ".role_write_response",
    "SCIMAttribute": ".scim_attribute",
    "SCIMAuthenticationScheme": ".scim_authentication_scheme",
    "SCIMGroup": ".scim_group",
    "SCIMGroupListResponse": ".scim_group_list_response",
    "SCIMGroupMember": ".scim_group_member",
    "SCIMGroupMeta": ".scim_group_meta",
    "SCIMPatchOperation": ".scim_patch_operation",
    "SCIMPatchOperationOp": ".scim_patch_operation_op",
    "SCIMPatchRequest": ".scim_patch_request",
    "SCIMResourceType": ".scim_resource_type",
    "SCIMResourceTypeMeta": ".scim_resource_type_meta",
    "SCIMResourceTypesListResponse": ".scim_resource_types_list_response",
    "SCIMSchema": ".scim_schema",
    "SCIMSchemaMeta": ".scim_schema_meta",
    "SCIMSchemasListResponse": ".scim_schemas_list_response",
    "SCIMServiceProviderConfig": ".scim_service_provider_config",
    "SCIMServiceProviderConfigBulk": ".scim_service_provider_config_bulk",
    "SCIMServiceProviderConfigChangePassword": ".scim_service_provider_config_change_password",
    "SCIMServiceProviderConfigEtag": ".scim_service_provider_config_etag",
    "SCIMServiceProviderConfigFilter": ".scim_service_provider_config_filter",
    "SCIMServiceProviderConfigPatch": ".scim_service_provider_config_patch",
    "SCIMServiceProviderConfigSort": ".scim_service_provider_config_sort",
    "SCIMServiceProviderMeta": ".scim_service_provider_meta",
    "SCIMUser": ".scim_user",
    "SCIMUserEmailsItem": ".scim_user_emails_item",
    "SCIMUserListResponse": ".scim_user_list_response",
    "SCIMUserMeta": ".scim_user_meta",
    "SCIMUserName": ".scim_user_name",
    "ServerlessRegion": ".serverless_region",
    "SnapshotList": ".snapshot_list",
    "SnapshotListSnapshotsItem": ".snapshot_list_snapshots_item",
    "SplunkTelemetryRequest": ".splunk_telemetry_request",
    "SplunkTelemetryRequestBlock": ".splunk_telemetry_request_block",
    "Storage": ".storage",
    "TelemetryConfig": ".telemetry_config",
    "UpdateRoleRequest": ".update_role_request",
    "UserInvite": ".user_invite",
    "UserPassword": ".user_password",
    "UserResponse": ".user_response",
    "ValidationResponse": ".validation_response",
    "VPC": ".vpc",
    "VPCConnection": ".vpc_connection",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AWSKMS",
    "AZUREKMS",
    "GCPKMS",
    "VPC",
    "AccessListConfigurations",
    "AccessListRequest",
    "AccessListResponse",
    "AddressRequest",
    "AddressResponse",
    "AmazonVPC",
    "AvailableRegionCombination",
    "AzureVPC",
    "CapacityUnits",
    "ClientRole",
    "ClientRoleList",
    "CloneStatus",
    "CloudProviderAccountDetails",
    "CloudWatchTelemetryRequest",
    "CloudWatchTelemetryRequestBlock",
    "CostBreakdown",
    "Costs",
    "CreateOrgInEnterpriseRequest",
    "CreateOrgInEnterpriseResponse",
    "CreateOrgInEnterpriseResponseMarketplaceDataType0",
    "CreateRoleRequest",
    "CreateTokenBody",
    "CreateVpcPeeringConnectionProvider",
    "CredsURL",
    "CredsURLCustomDomainBundlesItem",
    "Database",
    "DatabaseInfo",
    "DatabaseInfoCreate",
    "DatabaseInfoCreateCloudProvider",
    "DatabaseInfoCreateDbType",
    "DatabaseInfoCreateTier",
    "Datacenter",
    "DatacenterRequest",
    "DatacenterStreamingTenant",
    "DatadogTelemetryRequest",
    "DatadogTelemetryRequestBlock",
    "DeleteCDCRequest",
    "DeleteCDCRequestTablesItem",
    "DeleteVpcPeeringConnectionProvider",
    "DevOpsAccessListResponse",
    "DevOpsAclAddress",
    "DevOpsIpAddress",
    "EnableCDCRequest",
    "EnableCDCRequestRegionsItem",
    "EnableCDCRequestTablesItem",
    "EngineType",
    "EnterpriseConsumptionRequest",
    "EnterpriseConsumptionResponse",
    "EnterpriseGenerateReportRequest",
    "EnterpriseGenerateReportResponse",
    "EnterpriseReportStatusResponse",
    "EnterpriseReportStatusResponseReportDetails",
    "ErrorEntry",
    "Errors",
    "ExternalKMS",
    "ExternalKMSResponse",
    "GenerateTokenBody",
    "GenerateTokenResponse",
    "GetCDCResponse",
    "GetCDCResponseRegionsItem",
    "GetParticularCustomerKey",
    "GetParticularCustomerKeyAws",
    "GetVpcPeeringConnectionDetailsProvider",
    "GoogleVPC",
    "KafkaTelemetryRequest",
    "KafkaTelemetryRequestBlock",
    "ListCDCResponse",
    "ListCDCResponseRegionsItem",
    "ListCDCResponseTablesItem",
    "ListDatabasesInclude",
    "ListDatabasesProvider",
    "MigrationStatus",
    "Organization",
    "OrganizationUsers",
    "PCUAssociation",
    "PCUAssociationTransferRequest",
    "PCUGroup",
    "PCUGroupCreateRequest",
    "PCUGroupGetRequest",
    "PCUGroupType",
    "PCUGroupTypeDetails",
    "PCUGroupTypeResponse",
    "PCUGroupTypesRequest",
    "PCUGroupUpdateRequest",
    "Policy",
    "PolicyActionsItem",
    "PolicyEffect",
    "PrivateLinkAcceptOutput",
    "PrivateLinkClusterOutput",
    "PrivateLinkCreateConfigInput",
    "PrivateLinkCreateConfigOutput",
    "PrivateLinkCreateEndpointInput",
    "PrivateLinkDatacenterOutput",
    "PrivateLinkDeleteConfigInput",
    "PrivateLinkEndpoint",
    "PrivateLinkEndpointActivation",
    "PrivateLinkOrgOutput",
    "PrivateLinkUpdateEndpointInput",
    "PulsarAuthRequest",
    "PulsarTelemetryRequest",
    "PulsarTelemetryRequestBlock",
    "RemotePrometheusBasicAuthTelemetryRequest",
    "RemotePrometheusBasicAuthTelemetryRequestAuthStrategy",
    "RemotePrometheusBearerAuthTelemetryRequest",
    "RemotePrometheusBearerAuthTelemetryRequestAuthStrategy",
    "RemotePrometheusTelemetryRequest",
    "Role",
    "RoleInviteRequest",
    "RolePolicy",
    "RoleSummary",
    "RoleWriteResponse",
    "SCIMAttribute",
    "SCIMAuthenticationScheme",
    "SCIMGroup",
    "SCIMGroupListResponse",
    "SCIMGroupMember",
    "SCIMGroupMeta",
    "SCIMPatchOperation",
    "SCIMPatchOperationOp",
    "SCIMPatchRequest",
    "SCIMResourceType",
    "SCIMResourceTypeMeta",
    "SCIMResourceTypesListResponse",
    "SCIMSchema",
    "SCIMSchemaMeta",
    "SCIMSchemasListResponse",
    "SCIMServiceProviderConfig",
    "SCIMServiceProviderConfigBulk",
    "SCIMServiceProviderConfigChangePassword",
    "SCIMServiceProviderConfigEtag",
    "SCIMServiceProviderConfigFilter",
    "SCIMServiceProviderConfigPatch",
    "SCIMServiceProviderConfigSort",
    "SCIMServiceProviderMeta",
    "SCIMUser",
    "SCIMUserEmailsItem",
    "SCIMUserListResponse",
    "SCIMUserMeta",
    "SCIMUserName",
    "ServerlessRegion",
    "SnapshotList",
    "SnapshotListSnapshotsItem",
    "SplunkTelemetryRequest",
    "SplunkTelemetryRequestBlock",
    "Storage",
    "TelemetryConfig",
    "UpdateRoleRequest",
    "UserInvite",
    "UserPassword",
    "UserResponse",
    "VPCConnection",
    "ValidationResponse",
)
