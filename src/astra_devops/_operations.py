"""Typed request builders, one per generated operation (written by tools/generate_operations.py).

Do not edit: run `python tools/generate_operations.py` after `make generate`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from astra_devops_api.models.list_databases_include import ListDatabasesInclude
from astra_devops_api.models.list_databases_provider import ListDatabasesProvider
from astra_devops_api.types import UNSET

from ._endpoints import Call
from ._resource import Headers, Timeout

if TYPE_CHECKING:
    from uuid import UUID

    from astra_devops_api.models.access_list_request import AccessListRequest
    from astra_devops_api.models.address_request import AddressRequest
    from astra_devops_api.models.amazon_vpc import AmazonVPC
    from astra_devops_api.models.azure_vpc import AzureVPC
    from astra_devops_api.models.capacity_units import CapacityUnits
    from astra_devops_api.models.cloud_watch_telemetry_request import CloudWatchTelemetryRequest
    from astra_devops_api.models.create_org_in_enterprise_request import CreateOrgInEnterpriseRequest
    from astra_devops_api.models.create_role_request import CreateRoleRequest
    from astra_devops_api.models.create_token_body import CreateTokenBody
    from astra_devops_api.models.create_vpc_peering_connection_provider import (
        CreateVpcPeeringConnectionProvider,
    )
    from astra_devops_api.models.database_info_create import DatabaseInfoCreate
    from astra_devops_api.models.datacenter_request import DatacenterRequest
    from astra_devops_api.models.datadog_telemetry_request import DatadogTelemetryRequest
    from astra_devops_api.models.delete_cdc_request import DeleteCDCRequest
    from astra_devops_api.models.delete_vpc_peering_connection_provider import (
        DeleteVpcPeeringConnectionProvider,
    )
    from astra_devops_api.models.dev_ops_ip_address import DevOpsIpAddress
    from astra_devops_api.models.enable_cdc_request import EnableCDCRequest
    from astra_devops_api.models.engine_type import EngineType
    from astra_devops_api.models.enterprise_consumption_request import EnterpriseConsumptionRequest
    from astra_devops_api.models.enterprise_generate_report_request import EnterpriseGenerateReportRequest
    from astra_devops_api.models.external_kms import ExternalKMS
    from astra_devops_api.models.generate_token_body import GenerateTokenBody
    from astra_devops_api.models.get_vpc_peering_connection_details_provider import (
        GetVpcPeeringConnectionDetailsProvider,
    )
    from astra_devops_api.models.google_vpc import GoogleVPC
    from astra_devops_api.models.kafka_telemetry_request import KafkaTelemetryRequest
    from astra_devops_api.models.pcu_association_transfer_request import PCUAssociationTransferRequest
    from astra_devops_api.models.pcu_group_create_request import PCUGroupCreateRequest
    from astra_devops_api.models.pcu_group_get_request import PCUGroupGetRequest
    from astra_devops_api.models.pcu_group_types_request import PCUGroupTypesRequest
    from astra_devops_api.models.pcu_group_update_request import PCUGroupUpdateRequest
    from astra_devops_api.models.private_link_create_config_input import PrivateLinkCreateConfigInput
    from astra_devops_api.models.private_link_create_endpoint_input import PrivateLinkCreateEndpointInput
    from astra_devops_api.models.private_link_delete_config_input import PrivateLinkDeleteConfigInput
    from astra_devops_api.models.private_link_update_endpoint_input import PrivateLinkUpdateEndpointInput
    from astra_devops_api.models.pulsar_telemetry_request import PulsarTelemetryRequest
    from astra_devops_api.models.remote_prometheus_telemetry_request import RemotePrometheusTelemetryRequest
    from astra_devops_api.models.role_invite_request import RoleInviteRequest
    from astra_devops_api.models.scim_group import SCIMGroup
    from astra_devops_api.models.scim_patch_request import SCIMPatchRequest
    from astra_devops_api.models.scim_user import SCIMUser
    from astra_devops_api.models.splunk_telemetry_request import SplunkTelemetryRequest
    from astra_devops_api.models.update_role_request import UpdateRoleRequest
    from astra_devops_api.models.user_invite import UserInvite
    from astra_devops_api.models.user_password import UserPassword
    from astra_devops_api.types import File, Unset


def add_addresses_to_access_list_for_database(
    database_id: str,
    *,
    body: list[AddressRequest] | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Add addresses to access list for database.

    Sends a POST to
    `/v2/databases/{database_id}/access-list`.

    Args:
        database_id: The database's id.
        body: The request body: `list[AddressRequest]`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.access_list.add_addresses_to_access_list_for_database`.
    """
    return Call(
        "access_list.add_addresses_to_access_list_for_database",
        {"database_id": database_id, "body": body},
        timeout,
        extra_headers,
    )


def delete_addresses_or_access_list_for_database(
    database_id: str,
    *,
    addresses: list[str] | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Delete addresses or access list for database.

    Sends a DELETE to
    `/v2/databases/{database_id}/access-list`.

    Args:
        database_id: The database's id.
        addresses: The addresses to remove; none removes the whole access list.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.access_list.delete_addresses_or_access_list_for_database`.
    """
    return Call(
        "access_list.delete_addresses_or_access_list_for_database",
        {"database_id": database_id, "addresses": addresses},
        timeout,
        extra_headers,
    )


def get_access_list_for_database(
    database_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get access list for database.

    Sends a GET to
    `/v2/databases/{database_id}/access-list`.

    Args:
        database_id: The database's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.access_list.get_access_list_for_database`.
    """
    return Call(
        "access_list.get_access_list_for_database", {"database_id": database_id}, timeout, extra_headers
    )


def get_access_list_template(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get an access list template.

    Sends a POST to
    `/v2/access-list/template`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.access_list.get_access_list_template`.
    """
    return Call("access_list.get_access_list_template", {}, timeout, extra_headers)


def get_all_access_lists_for_organization(
    *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get all access lists for organization.

    Sends a GET to
    `/v2/access-lists`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.access_list.get_all_access_lists_for_organization`.
    """
    return Call("access_list.get_all_access_lists_for_organization", {}, timeout, extra_headers)


def update_access_list_for_database(
    database_id: str,
    *,
    body: AccessListRequest | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Update access list for database.

    Sends a PATCH to
    `/v2/databases/{database_id}/access-list`.

    Args:
        database_id: The database's id.
        body: The request body: `AccessListRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.access_list.update_access_list_for_database`.
    """
    return Call(
        "access_list.update_access_list_for_database",
        {"database_id": database_id, "body": body},
        timeout,
        extra_headers,
    )


def upsert_access_list_for_database(
    database_id: str,
    *,
    body: AccessListRequest | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Upsert access list for database.

    Sends a PUT to
    `/v2/databases/{database_id}/access-list`.

    Args:
        database_id: The database's id.
        body: The request body: `AccessListRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.access_list.upsert_access_list_for_database`.
    """
    return Call(
        "access_list.upsert_access_list_for_database",
        {"database_id": database_id, "body": body},
        timeout,
        extra_headers,
    )


def validate_access_list(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Validate an access list.

    Sends a POST to
    `/v2/access-list/validate`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.access_list.validate_access_list`.
    """
    return Call("access_list.validate_access_list", {}, timeout, extra_headers)


def create_token(
    *, body: CreateTokenBody | Unset = UNSET, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Create an application token.

    Sends a POST to
    `/v2/tokens`.

    Args:
        body: The request body: `CreateTokenBody`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.authentication.create_token`.
    """
    return Call("authentication.create_token", {"body": body}, timeout, extra_headers)


def delete_token(*, client_id: str, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Revoke an application token.

    Sends a DELETE to
    `/v2/tokens`.

    Args:
        client_id: The token's client id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.authentication.delete_token`.
    """
    return Call("authentication.delete_token", {"client_id": client_id}, timeout, extra_headers)


def delete_token_for_client(
    client_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Revoke an application token by client id.

    Sends a DELETE to
    `/v2/clientIdSecrets/{client_id}`.

    Args:
        client_id: The token's client id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.authentication.delete_token_for_client`.
    """
    return Call("authentication.delete_token_for_client", {"client_id": client_id}, timeout, extra_headers)


def generate_token_for_client(
    *, body: GenerateTokenBody | Unset = UNSET, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Generate an application token.

    Sends a POST to
    `/v2/clientIdSecrets`.

    Args:
        body: The request body: `GenerateTokenBody`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.authentication.generate_token_for_client`.
    """
    return Call("authentication.generate_token_for_client", {"body": body}, timeout, extra_headers)


def get_clients_for_org(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List application tokens by client.

    Sends a GET to
    `/v2/clientIdSecrets`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.authentication.get_clients_for_org`.
    """
    return Call("authentication.get_clients_for_org", {}, timeout, extra_headers)


def get_tokens_for_org(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List application tokens.

    Sends a GET to
    `/v2/tokens`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.authentication.get_tokens_for_org`.
    """
    return Call("authentication.get_tokens_for_org", {}, timeout, extra_headers)


def clone_from_db(
    target_dbid: str,
    source_dbid: str,
    *,
    snapshot_id: str,
    source_region: str | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Clone a database from a snapshot.

    Sends a POST to
    `/v2/databases/{target_dbid}/cloneFrom/{source_dbid}`.

    Args:
        target_dbid: The id of the database the snapshot is restored into.
        source_dbid: The id of the database the snapshot was taken from.
        snapshot_id: The snapshot's id.
        source_region: The region of the source database.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.clone.clone_from_db`.
    """
    return Call(
        "clone.clone_from_db",
        {
            "target_dbid": target_dbid,
            "source_dbid": source_dbid,
            "snapshot_id": snapshot_id,
            "source_region": source_region,
        },
        timeout,
        extra_headers,
    )


def clone_status(
    target_dbid: str, operation_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get the status of a clone operation.

    Sends a GET to
    `/v2/databases/{target_dbid}/cloneStatus/{operation_id}`.

    Args:
        target_dbid: The id of the database the snapshot is restored into.
        operation_id: The id of the clone or restore operation.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.clone.clone_status`.
    """
    return Call(
        "clone.clone_status",
        {"target_dbid": target_dbid, "operation_id": operation_id},
        timeout,
        extra_headers,
    )


def list_snapshots(
    database_id: str,
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    source_region: str | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """List snapshots.

    Sends a GET to
    `/v2/databases/{database_id}/snapshots`.

    Args:
        database_id: The database's id.
        from_: The start of the time range (a date and time).
        to: The end of the time range (a date and time).
        source_region: The region of the source database.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.clone.list_snapshots`.
    """
    return Call(
        "clone.list_snapshots",
        {"database_id": database_id, "from_": from_, "to": to, "source_region": source_region},
        timeout,
        extra_headers,
    )


def restore_database(
    database_id: str, *, snapshot_id: str, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Start restoring a database from one of its snapshots.

    Sends a POST to
    `/v2/databases/{database_id}/restore`.

    Args:
        database_id: The database's id.
        snapshot_id: The snapshot's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.clone.restore_database`.
    """
    return Call(
        "clone.restore_database",
        {"database_id": database_id, "snapshot_id": snapshot_id},
        timeout,
        extra_headers,
    )


def restore_status(
    database_id: str, operation_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get the status of a restore operation.

    Sends a GET to
    `/v2/databases/{database_id}/restoreStatus/{operation_id}`.

    Args:
        database_id: The database's id.
        operation_id: The id of the clone or restore operation.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.clone.restore_status`.
    """
    return Call(
        "clone.restore_status",
        {"database_id": database_id, "operation_id": operation_id},
        timeout,
        extra_headers,
    )


def assign_cloud_account(
    provider: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Assign a cloud account for classic customer keys.

    Sends a POST to
    `/v2/kms/classic/provider/{provider}/accounts`.

    Args:
        provider: The cloud provider: AWS, GCP or AZURE.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.customer_keys.assign_cloud_account`.
    """
    return Call("customer_keys.assign_cloud_account", {"provider": provider}, timeout, extra_headers)


def create_classic_key(
    *, body: ExternalKMS | Unset = UNSET, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Register a customer key for classic databases.

    Sends a POST to
    `/v2/kms/classic`.

    Args:
        body: The request body: `ExternalKMS`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.customer_keys.create_classic_key`.
    """
    return Call("customer_keys.create_classic_key", {"body": body}, timeout, extra_headers)


def create_serverless_key(
    *, body: ExternalKMS | Unset = UNSET, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Register a customer key for serverless databases.

    Sends a POST to
    `/v2/kms`.

    Args:
        body: The request body: `ExternalKMS`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.customer_keys.create_serverless_key`.
    """
    return Call("customer_keys.create_serverless_key", {"body": body}, timeout, extra_headers)


def get_classic_cloud_accounts(
    provider: str, region: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """List the cloud accounts that use classic customer keys.

    Sends a GET to
    `/v2/kms/classic/provider/{provider}/region/{region}/accounts`.

    Args:
        provider: The cloud provider: AWS, GCP or AZURE.
        region: The cloud provider's region.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.customer_keys.get_classic_cloud_accounts`.
    """
    return Call(
        "customer_keys.get_classic_cloud_accounts",
        {"provider": provider, "region": region},
        timeout,
        extra_headers,
    )


def get_classic_key(
    provider: str, region: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get the classic customer key of a region.

    Sends a GET to
    `/v2/kms/classic/provider/{provider}/region/{region}`.

    Args:
        provider: The cloud provider: AWS, GCP or AZURE.
        region: The cloud provider's region.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.customer_keys.get_classic_key`.
    """
    return Call(
        "customer_keys.get_classic_key", {"provider": provider, "region": region}, timeout, extra_headers
    )


def get_serverless_cloud_accounts(
    provider: str, region: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """List the cloud accounts that use serverless customer keys.

    Sends a GET to
    `/v2/kms/provider/{provider}/region/{region}/accounts`.

    Args:
        provider: The cloud provider: AWS, GCP or AZURE.
        region: The cloud provider's region.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.customer_keys.get_serverless_cloud_accounts`.
    """
    return Call(
        "customer_keys.get_serverless_cloud_accounts",
        {"provider": provider, "region": region},
        timeout,
        extra_headers,
    )


def get_serverless_key(
    provider: str, region: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get the serverless customer key of a region.

    Sends a GET to
    `/v2/kms/provider/{provider}/region/{region}`.

    Args:
        provider: The cloud provider: AWS, GCP or AZURE.
        region: The cloud provider's region.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.customer_keys.get_serverless_key`.
    """
    return Call(
        "customer_keys.get_serverless_key", {"provider": provider, "region": region}, timeout, extra_headers
    )


def list_classic_keys(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List customer keys for classic databases.

    Sends a GET to
    `/v2/kms/classic`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.customer_keys.list_classic_keys`.
    """
    return Call("customer_keys.list_classic_keys", {}, timeout, extra_headers)


def list_serverless_keys(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List customer keys for serverless databases.

    Sends a GET to
    `/v2/kms`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.customer_keys.list_serverless_keys`.
    """
    return Call("customer_keys.list_serverless_keys", {}, timeout, extra_headers)


def add_datacenters(
    database_id: str,
    *,
    body: list[DatacenterRequest],
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Add datacenters.

    Sends a POST to
    `/v2/databases/{database_id}/datacenters`.

    Args:
        database_id: The database's id.
        body: The request body: `list[DatacenterRequest]`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.add_datacenters`.
    """
    return Call(
        "database_operations.add_datacenters",
        {"database_id": database_id, "body": body},
        timeout,
        extra_headers,
    )


def add_keyspace(
    database_id: str, keyspace_name: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Add keyspace.

    Sends a POST to
    `/v2/databases/{database_id}/keyspaces/{keyspace_name}`.

    Args:
        database_id: The database's id.
        keyspace_name: The keyspace's name.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.add_keyspace`.
    """
    return Call(
        "database_operations.add_keyspace",
        {"database_id": database_id, "keyspace_name": keyspace_name},
        timeout,
        extra_headers,
    )


def alter_keyspace_with_graph_engine(
    database_id: str, keyspace_name: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Alter keyspace with graph engine.

    Sends a POST to
    `/v2/databases/{database_id}/keyspaces/{keyspace_name}/actions/alterWithGraphEngine`.

    Args:
        database_id: The database's id.
        keyspace_name: The keyspace's name.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.alter_keyspace_with_graph_engine`.
    """
    return Call(
        "database_operations.alter_keyspace_with_graph_engine",
        {"database_id": database_id, "keyspace_name": keyspace_name},
        timeout,
        extra_headers,
    )


def configure_telemetry(
    database_id: str,
    *,
    body: CloudWatchTelemetryRequest
    | DatadogTelemetryRequest
    | KafkaTelemetryRequest
    | PulsarTelemetryRequest
    | RemotePrometheusTelemetryRequest
    | SplunkTelemetryRequest
    | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Configure telemetry.

    Sends a POST to
    `/v2/databases/{database_id}/telemetry/metrics`.

    Args:
        database_id: The database's id.
        body: The request body: `CloudWatchTelemetryRequest | DatadogTelemetryRequest |
            KafkaTelemetryRequest | PulsarTelemetryRequest | RemotePrometheusTelemetryRequest |
            SplunkTelemetryRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.configure_telemetry`.
    """
    return Call(
        "database_operations.configure_telemetry",
        {"database_id": database_id, "body": body},
        timeout,
        extra_headers,
    )


def create_database(
    *, body: DatabaseInfoCreate, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Create database.

    Sends a POST to
    `/v2/databases`.

    Args:
        body: The request body: `DatabaseInfoCreate`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.create_database`.
    """
    return Call("database_operations.create_database", {"body": body}, timeout, extra_headers)


def create_solr_index(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    generate_resources: bool,
    schema: File | Unset = UNSET,
    solrconfig: File | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Create a search index on a table.

    Sends a POST to
    `/v2/databases/{database_id}/keyspaces/{keyspace_name}/tables/{table_name}/solr/createCorewithconfigs`.

    Args:
        database_id: The database's id.
        keyspace_name: The keyspace's name.
        table_name: The table's name.
        generate_resources: Let the search index generate its resources.
        schema: The search index schema file.
        solrconfig: The search index configuration file.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.create_solr_index`.
    """
    return Call(
        "database_operations.create_solr_index",
        {
            "database_id": database_id,
            "keyspace_name": keyspace_name,
            "table_name": table_name,
            "generate_resources": generate_resources,
            "schema": schema,
            "solrconfig": solrconfig,
        },
        timeout,
        extra_headers,
    )


def delete_cdc(
    database_id: str, *, body: DeleteCDCRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Delete CDC.

    Sends a DELETE to
    `/v3/databases/{database_id}/cdc`.

    Args:
        database_id: The database's id.
        body: The request body: `DeleteCDCRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.delete_cdc`.
    """
    return Call(
        "database_operations.delete_cdc", {"database_id": database_id, "body": body}, timeout, extra_headers
    )


def enable_cdc(
    database_id: str, *, body: EnableCDCRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Enable CDC.

    Sends a POST to
    `/v3/databases/{database_id}/cdc`.

    Args:
        database_id: The database's id.
        body: The request body: `EnableCDCRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.enable_cdc`.
    """
    return Call(
        "database_operations.enable_cdc", {"database_id": database_id, "body": body}, timeout, extra_headers
    )


def generate_secure_bundle_url(
    database_id: str,
    *,
    all_: bool | Unset = False,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Generate secure bundle URL.

    Sends a POST to
    `/v2/databases/{database_id}/secureBundleURL`.

    Args:
        database_id: The database's id.
        all_: Include terminated datacenters too.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.generate_secure_bundle_url`.
    """
    return Call(
        "database_operations.generate_secure_bundle_url",
        {"database_id": database_id, "all_": all_},
        timeout,
        extra_headers,
    )


def get_cdc(database_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get the CDC configuration of a database.

    Sends a GET to
    `/v3/databases/{database_id}/cdc`.

    Args:
        database_id: The database's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.get_cdc`.
    """
    return Call("database_operations.get_cdc", {"database_id": database_id}, timeout, extra_headers)


def get_cdc_status(
    database_id: str,
    keyspace_name: str,
    table_name: str,
    *,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Get the CDC status of a table.

    Sends a GET to
    `/v3/databases/{database_id}/keyspaces/{keyspace_name}/tables/{table_name}/cdc`.

    Args:
        database_id: The database's id.
        keyspace_name: The keyspace's name.
        table_name: The table's name.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.get_cdc_status`.
    """
    return Call(
        "database_operations.get_cdc_status",
        {"database_id": database_id, "keyspace_name": keyspace_name, "table_name": table_name},
        timeout,
        extra_headers,
    )


def get_database(database_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get database.

    Sends a GET to
    `/v2/databases/{database_id}`.

    Args:
        database_id: The database's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.get_database`.
    """
    return Call("database_operations.get_database", {"database_id": database_id}, timeout, extra_headers)


def get_telemetry_config(
    database_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get telemetry config.

    Sends a GET to
    `/v2/databases/{database_id}/telemetry/metrics`.

    Args:
        database_id: The database's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.get_telemetry_config`.
    """
    return Call(
        "database_operations.get_telemetry_config", {"database_id": database_id}, timeout, extra_headers
    )


def list_databases(
    *,
    include: ListDatabasesInclude | Unset = ListDatabasesInclude.NONTERMINATED,
    provider: ListDatabasesProvider | Unset = ListDatabasesProvider.ALL,
    starting_after: str | Unset = UNSET,
    limit: int | Unset = 25,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """List databases.

    Sends a GET to
    `/v2/databases`.

    Args:
        include: Which databases, by status (`NONTERMINATED` unless given).
        provider: The cloud provider: AWS, GCP or AZURE.
        starting_after: The id of the last database of the previous page.
        limit: The most databases one page holds.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.list_databases`.
    """
    return Call(
        "database_operations.list_databases",
        {"include": include, "provider": provider, "starting_after": starting_after, "limit": limit},
        timeout,
        extra_headers,
    )


def list_datacenters(
    database_id: str,
    *,
    all_: bool | Unset = False,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """List datacenters.

    Sends a GET to
    `/v2/databases/{database_id}/datacenters`.

    Args:
        database_id: The database's id.
        all_: Include terminated datacenters too.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.list_datacenters`.
    """
    return Call(
        "database_operations.list_datacenters",
        {"database_id": database_id, "all_": all_},
        timeout,
        extra_headers,
    )


def park_database(database_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Park a classic database.

    Sends a POST to
    `/v2/databases/{database_id}/park`.

    Args:
        database_id: The database's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.park_database`.
    """
    return Call("database_operations.park_database", {"database_id": database_id}, timeout, extra_headers)


def remove_keyspace(
    database_id: str, keyspace_name: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Remove keyspace.

    Sends a DELETE to
    `/v2/databases/{database_id}/keyspaces/{keyspace_name}`.

    Args:
        database_id: The database's id.
        keyspace_name: The keyspace's name.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.remove_keyspace`.
    """
    return Call(
        "database_operations.remove_keyspace",
        {"database_id": database_id, "keyspace_name": keyspace_name},
        timeout,
        extra_headers,
    )


def reset_password(
    database_id: str, *, body: UserPassword, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Reset password.

    Sends a POST to
    `/v2/databases/{database_id}/resetPassword`.

    Args:
        database_id: The database's id.
        body: The request body: `UserPassword`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.reset_password`.
    """
    return Call(
        "database_operations.reset_password",
        {"database_id": database_id, "body": body},
        timeout,
        extra_headers,
    )


def resize_database(
    database_id: str, *, body: CapacityUnits, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Resize database.

    Sends a POST to
    `/v2/databases/{database_id}/resize`.

    Args:
        database_id: The database's id.
        body: The request body: `CapacityUnits`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.resize_database`.
    """
    return Call(
        "database_operations.resize_database",
        {"database_id": database_id, "body": body},
        timeout,
        extra_headers,
    )


def suspend_database(
    database_id: str,
    *,
    free_consumed: int | Unset = -1,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Suspend a database.

    Sends a POST to
    `/v2/databases/{database_id}/suspend`.

    Args:
        database_id: The database's id.
        free_consumed: The percentage of free credits used, 0 to 100.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.suspend_database`.
    """
    return Call(
        "database_operations.suspend_database",
        {"database_id": database_id, "free_consumed": free_consumed},
        timeout,
        extra_headers,
    )


def terminate_database(
    database_id: str,
    *,
    prepared_state_only: bool | Unset = False,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Terminate database.

    Sends a POST to
    `/v2/databases/{database_id}/terminate`.

    Args:
        database_id: The database's id.
        prepared_state_only: Terminate only a database still in the PREPARED state.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.terminate_database`.
    """
    return Call(
        "database_operations.terminate_database",
        {"database_id": database_id, "prepared_state_only": prepared_state_only},
        timeout,
        extra_headers,
    )


def terminate_datacenter(
    database_id: str, datacenter_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Terminate datacenter.

    Sends a POST to
    `/v2/databases/{database_id}/datacenters/{datacenter_id}/terminate`.

    Args:
        database_id: The database's id.
        datacenter_id: The datacenter's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.terminate_datacenter`.
    """
    return Call(
        "database_operations.terminate_datacenter",
        {"database_id": database_id, "datacenter_id": datacenter_id},
        timeout,
        extra_headers,
    )


def unpark_database(
    database_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Unpark a classic database.

    Sends a POST to
    `/v2/databases/{database_id}/unpark`.

    Args:
        database_id: The database's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.unpark_database`.
    """
    return Call("database_operations.unpark_database", {"database_id": database_id}, timeout, extra_headers)


def update_cdc(
    database_id: str, *, body: EnableCDCRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Update CDC.

    Sends a PUT to
    `/v3/databases/{database_id}/cdc`.

    Args:
        database_id: The database's id.
        body: The request body: `EnableCDCRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.update_cdc`.
    """
    return Call(
        "database_operations.update_cdc", {"database_id": database_id, "body": body}, timeout, extra_headers
    )


def update_engine_type(
    database_id: str, *, body: EngineType, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Update engine type.

    Sends a PUT to
    `/v2/databases/{database_id}/engineType`.

    Args:
        database_id: The database's id.
        body: The request body: `EngineType`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.database_operations.update_engine_type`.
    """
    return Call(
        "database_operations.update_engine_type",
        {"database_id": database_id, "body": body},
        timeout,
        extra_headers,
    )


def add_dev_ops_access_list(
    org_id: str, *, body: list[DevOpsIpAddress], timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Add addresses to the DevOps API access list.

    Sends a POST to
    `/v2/organizations/{org_id}/devops-acl`.

    Args:
        org_id: The organization's id.
        body: The request body: `list[DevOpsIpAddress]`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.dev_ops_access_list.add_dev_ops_access_list`.
    """
    return Call(
        "dev_ops_access_list.add_dev_ops_access_list",
        {"org_id": org_id, "body": body},
        timeout,
        extra_headers,
    )


def delete_dev_ops_access_list(
    org_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Delete addresses from the DevOps API access list.

    Sends a DELETE to
    `/v2/organizations/{org_id}/devops-acl`.

    Args:
        org_id: The organization's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.dev_ops_access_list.delete_dev_ops_access_list`.
    """
    return Call("dev_ops_access_list.delete_dev_ops_access_list", {"org_id": org_id}, timeout, extra_headers)


def get_dev_ops_access_list(
    org_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get the DevOps API access list of an organization.

    Sends a GET to
    `/v2/organizations/{org_id}/devops-acl`.

    Args:
        org_id: The organization's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.dev_ops_access_list.get_dev_ops_access_list`.
    """
    return Call("dev_ops_access_list.get_dev_ops_access_list", {"org_id": org_id}, timeout, extra_headers)


def replace_dev_ops_access_list(
    org_id: str, *, body: list[DevOpsIpAddress], timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Replace the DevOps API access list.

    Sends a PUT to
    `/v2/organizations/{org_id}/devops-acl`.

    Args:
        org_id: The organization's id.
        body: The request body: `list[DevOpsIpAddress]`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.dev_ops_access_list.replace_dev_ops_access_list`.
    """
    return Call(
        "dev_ops_access_list.replace_dev_ops_access_list",
        {"org_id": org_id, "body": body},
        timeout,
        extra_headers,
    )


def update_dev_ops_access_list(
    org_id: str, *, body: DevOpsIpAddress, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Update entries of the DevOps API access list.

    Sends a PATCH to
    `/v2/organizations/{org_id}/devops-acl`.

    Args:
        org_id: The organization's id.
        body: The request body: `DevOpsIpAddress`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.dev_ops_access_list.update_dev_ops_access_list`.
    """
    return Call(
        "dev_ops_access_list.update_dev_ops_access_list",
        {"org_id": org_id, "body": body},
        timeout,
        extra_headers,
    )


def create_organization_in_enterprise(
    *,
    body: CreateOrgInEnterpriseRequest | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Create an organization in an enterprise.

    Sends a POST to
    `/v2/enterprises/organizations`.

    Args:
        body: The request body: `CreateOrgInEnterpriseRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.enterprise_operations.create_organization_in_enterprise`.
    """
    return Call(
        "enterprise_operations.create_organization_in_enterprise", {"body": body}, timeout, extra_headers
    )


def generate_report(
    *, body: EnterpriseGenerateReportRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Generate a billing report.

    Sends a POST to
    `/v2/enterprises/billing-reports/generate-report`.

    Args:
        body: The request body: `EnterpriseGenerateReportRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.enterprise_operations.generate_report`.
    """
    return Call("enterprise_operations.generate_report", {"body": body}, timeout, extra_headers)


def get_enterprise_consumption(
    *, body: EnterpriseConsumptionRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get enterprise consumption.

    Sends a POST to
    `/v2/enterprises/consumption`.

    Args:
        body: The request body: `EnterpriseConsumptionRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.enterprise_operations.get_enterprise_consumption`.
    """
    return Call("enterprise_operations.get_enterprise_consumption", {"body": body}, timeout, extra_headers)


def get_report_details(
    report_id: UUID, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get a billing report.

    Sends a GET to
    `/v2/enterprises/billing-reports/{report_id}`.

    Args:
        report_id: The report's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.enterprise_operations.get_report_details`.
    """
    return Call("enterprise_operations.get_report_details", {"report_id": report_id}, timeout, extra_headers)


def abort_migration(
    database_id: str, migration_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Abort migration.

    Sends a POST to
    `/v2/databases/{database_id}/migrations/{migration_id}/abort`.

    Args:
        database_id: The database's id.
        migration_id: The migration's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.migrations.abort_migration`.
    """
    return Call(
        "migrations.abort_migration",
        {"database_id": database_id, "migration_id": migration_id},
        timeout,
        extra_headers,
    )


def cleanup_migration(
    database_id: str,
    migration_id: str,
    *,
    option_cleanup_time: str | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Clean up a migration.

    Sends a POST to
    `/v2/databases/{database_id}/migrations/{migration_id}/cleanup`.

    Args:
        database_id: The database's id.
        migration_id: The migration's id.
        option_cleanup_time: When the migration's leftovers are cleaned up.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.migrations.cleanup_migration`.
    """
    return Call(
        "migrations.cleanup_migration",
        {
            "database_id": database_id,
            "migration_id": migration_id,
            "option_cleanup_time": option_cleanup_time,
        },
        timeout,
        extra_headers,
    )


def get_migration_status(
    database_id: str, migration_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get migration status.

    Sends a GET to
    `/v2/databases/{database_id}/migrations/{migration_id}`.

    Args:
        database_id: The database's id.
        migration_id: The migration's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.migrations.get_migration_status`.
    """
    return Call(
        "migrations.get_migration_status",
        {"database_id": database_id, "migration_id": migration_id},
        timeout,
        extra_headers,
    )


def initialize_migration(
    database_id: str,
    *,
    concurrency: str | Unset = UNSET,
    target_subset_size_gb: str | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Initialize migration.

    Sends a POST to
    `/v2/databases/{database_id}/migrations/initialize`.

    Args:
        database_id: The database's id.
        concurrency: How many tables are migrated at once.
        target_subset_size_gb: How much data the migration moves, in GB.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.migrations.initialize_migration`.
    """
    return Call(
        "migrations.initialize_migration",
        {
            "database_id": database_id,
            "concurrency": concurrency,
            "target_subset_size_gb": target_subset_size_gb,
        },
        timeout,
        extra_headers,
    )


def initialize_migration_dc(
    database_id: str,
    datacenter_id: str,
    *,
    concurrency: str | Unset = UNSET,
    target_subset_size_gb: str | Unset = UNSET,
    option: str | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Initialize a migration for one datacenter.

    Sends a POST to
    `/v2/databases/{database_id}/datacenters/{datacenter_id}/migrations/initialize`.

    Args:
        database_id: The database's id.
        datacenter_id: The datacenter's id.
        concurrency: How many tables are migrated at once.
        target_subset_size_gb: How much data the migration moves, in GB.
        option: The migration option.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.migrations.initialize_migration_dc`.
    """
    return Call(
        "migrations.initialize_migration_dc",
        {
            "database_id": database_id,
            "datacenter_id": datacenter_id,
            "concurrency": concurrency,
            "target_subset_size_gb": target_subset_size_gb,
            "option": option,
        },
        timeout,
        extra_headers,
    )


def launch_migration(
    database_id: str, migration_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Launch migration.

    Sends a POST to
    `/v2/databases/{database_id}/migrations/{migration_id}/launch`.

    Args:
        database_id: The database's id.
        migration_id: The migration's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.migrations.launch_migration`.
    """
    return Call(
        "migrations.launch_migration",
        {"database_id": database_id, "migration_id": migration_id},
        timeout,
        extra_headers,
    )


def pause_migration(
    database_id: str, migration_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Pause migration.

    Sends a POST to
    `/v2/databases/{database_id}/migrations/{migration_id}/pause`.

    Args:
        database_id: The database's id.
        migration_id: The migration's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.migrations.pause_migration`.
    """
    return Call(
        "migrations.pause_migration",
        {"database_id": database_id, "migration_id": migration_id},
        timeout,
        extra_headers,
    )


def resume_migration(
    database_id: str, migration_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Resume migration.

    Sends a POST to
    `/v2/databases/{database_id}/migrations/{migration_id}/resume`.

    Args:
        database_id: The database's id.
        migration_id: The migration's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.migrations.resume_migration`.
    """
    return Call(
        "migrations.resume_migration",
        {"database_id": database_id, "migration_id": migration_id},
        timeout,
        extra_headers,
    )


def delete_audit_log_exporter_config(
    org_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Delete audit log exporter config.

    Sends a DELETE to
    `/v2/organizations/{org_id}/telemetry/auditLogs`.

    Args:
        org_id: The organization's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.organization_operations.delete_audit_log_exporter_config`.
    """
    return Call(
        "organization_operations.delete_audit_log_exporter_config", {"org_id": org_id}, timeout, extra_headers
    )


def get_audit_log_exporter_config(
    org_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get audit log exporter config.

    Sends a GET to
    `/v2/organizations/{org_id}/telemetry/auditLogs`.

    Args:
        org_id: The organization's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.organization_operations.get_audit_log_exporter_config`.
    """
    return Call(
        "organization_operations.get_audit_log_exporter_config", {"org_id": org_id}, timeout, extra_headers
    )


def get_current_organization(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get current organization.

    Sends a GET to
    `/v2/currentOrg`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.organization_operations.get_current_organization`.
    """
    return Call("organization_operations.get_current_organization", {}, timeout, extra_headers)


def set_audit_log_exporter_config(
    org_id: str,
    *,
    body: PulsarTelemetryRequest | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Set audit log exporter config.

    Sends a POST to
    `/v2/organizations/{org_id}/telemetry/auditLogs`.

    Args:
        org_id: The organization's id.
        body: The request body: `PulsarTelemetryRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.organization_operations.set_audit_log_exporter_config`.
    """
    return Call(
        "organization_operations.set_audit_log_exporter_config",
        {"org_id": org_id, "body": body},
        timeout,
        extra_headers,
    )


def pcu_association_create(
    pcu_group_uuid: str,
    datacenter_uuid: str,
    *,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Associate a datacenter with a PCU group.

    Sends a POST to
    `/v2/pcus/association/{pcu_group_uuid}/{datacenter_uuid}`.

    Args:
        pcu_group_uuid: The PCU group's id.
        datacenter_uuid: The datacenter's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_association_create`.
    """
    return Call(
        "pcu.pcu_association_create",
        {"pcu_group_uuid": pcu_group_uuid, "datacenter_uuid": datacenter_uuid},
        timeout,
        extra_headers,
    )


def pcu_association_delete(
    pcu_group_uuid: str,
    datacenter_uuid: str,
    *,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Dissociate a datacenter from a PCU group.

    Sends a DELETE to
    `/v2/pcus/association/{pcu_group_uuid}/{datacenter_uuid}`.

    Args:
        pcu_group_uuid: The PCU group's id.
        datacenter_uuid: The datacenter's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_association_delete`.
    """
    return Call(
        "pcu.pcu_association_delete",
        {"pcu_group_uuid": pcu_group_uuid, "datacenter_uuid": datacenter_uuid},
        timeout,
        extra_headers,
    )


def pcu_association_get(
    pcu_group_uuid: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """List the datacenters of a PCU group.

    Sends a GET to
    `/v2/pcus/association/{pcu_group_uuid}`.

    Args:
        pcu_group_uuid: The PCU group's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_association_get`.
    """
    return Call("pcu.pcu_association_get", {"pcu_group_uuid": pcu_group_uuid}, timeout, extra_headers)


def pcu_association_transfer(
    *, body: PCUAssociationTransferRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Move a datacenter to another PCU group.

    Sends a POST to
    `/v2/pcus/association/transfer`.

    Args:
        body: The request body: `PCUAssociationTransferRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_association_transfer`.
    """
    return Call("pcu.pcu_association_transfer", {"body": body}, timeout, extra_headers)


def pcu_create(
    *, body: list[PCUGroupCreateRequest], timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Create a PCU group.

    Sends a POST to
    `/v2/pcus`.

    Args:
        body: The request body: `list[PCUGroupCreateRequest]`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_create`.
    """
    return Call("pcu.pcu_create", {"body": body}, timeout, extra_headers)


def pcu_delete(pcu_group_uuid: str, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Delete a PCU group.

    Sends a DELETE to
    `/v2/pcus/{pcu_group_uuid}`.

    Args:
        pcu_group_uuid: The PCU group's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_delete`.
    """
    return Call("pcu.pcu_delete", {"pcu_group_uuid": pcu_group_uuid}, timeout, extra_headers)


def pcu_get(
    *, body: PCUGroupGetRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """List PCU groups.

    Sends a POST to
    `/v2/pcus/actions/get`.

    Args:
        body: The request body: `PCUGroupGetRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_get`.
    """
    return Call("pcu.pcu_get", {"body": body}, timeout, extra_headers)


def pcu_get_types(
    *, body: PCUGroupTypesRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """List PCU group types.

    Sends a POST to
    `/v2/pcus/types`.

    Args:
        body: The request body: `PCUGroupTypesRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_get_types`.
    """
    return Call("pcu.pcu_get_types", {"body": body}, timeout, extra_headers)


def pcu_group_get_by_datacenter_uuid(
    datacenter_uuid: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get the PCU group of a datacenter.

    Sends a GET to
    `/v2/pcus/actions/get/{datacenter_uuid}`.

    Args:
        datacenter_uuid: The datacenter's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_group_get_by_datacenter_uuid`.
    """
    return Call(
        "pcu.pcu_group_get_by_datacenter_uuid", {"datacenter_uuid": datacenter_uuid}, timeout, extra_headers
    )


def pcu_group_park(
    pcu_group_uuid: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Park a PCU group.

    Sends a POST to
    `/v2/pcus/park/{pcu_group_uuid}`.

    Args:
        pcu_group_uuid: The PCU group's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_group_park`.
    """
    return Call("pcu.pcu_group_park", {"pcu_group_uuid": pcu_group_uuid}, timeout, extra_headers)


def pcu_group_unpark(
    pcu_group_uuid: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Unpark a PCU group.

    Sends a POST to
    `/v2/pcus/unpark/{pcu_group_uuid}`.

    Args:
        pcu_group_uuid: The PCU group's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_group_unpark`.
    """
    return Call("pcu.pcu_group_unpark", {"pcu_group_uuid": pcu_group_uuid}, timeout, extra_headers)


def pcu_update(
    *, body: list[PCUGroupUpdateRequest], timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Update a PCU group.

    Sends a PUT to
    `/v2/pcus`.

    Args:
        body: The request body: `list[PCUGroupUpdateRequest]`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_update`.
    """
    return Call("pcu.pcu_update", {"body": body}, timeout, extra_headers)


def accept_endpoint_to_service(
    cluster_id: UUID,
    datacenter_id: UUID,
    *,
    body: PrivateLinkCreateEndpointInput | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Accept endpoint to service.

    Sends a POST to
    `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/endpoints`.

    Args:
        cluster_id: The database's id (the API calls it the cluster).
        datacenter_id: The datacenter's id.
        body: The request body: `PrivateLinkCreateEndpointInput`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.accept_endpoint_to_service`.
    """
    return Call(
        "private_link.accept_endpoint_to_service",
        {"cluster_id": cluster_id, "datacenter_id": datacenter_id, "body": body},
        timeout,
        extra_headers,
    )


def add_allowed_principal(
    cluster_id: UUID,
    datacenter_id: UUID,
    *,
    body: PrivateLinkCreateConfigInput | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Add allowed principal.

    Sends a POST to
    `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/allowed-principals`.

    Args:
        cluster_id: The database's id (the API calls it the cluster).
        datacenter_id: The datacenter's id.
        body: The request body: `PrivateLinkCreateConfigInput`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.add_allowed_principal`.
    """
    return Call(
        "private_link.add_allowed_principal",
        {"cluster_id": cluster_id, "datacenter_id": datacenter_id, "body": body},
        timeout,
        extra_headers,
    )


def add_allowed_principal_to_service(
    cluster_id: UUID,
    datacenter_id: UUID,
    *,
    body: PrivateLinkCreateConfigInput | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Set up a private link service.

    Sends a POST to
    `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/private-link`.

    Args:
        cluster_id: The database's id (the API calls it the cluster).
        datacenter_id: The datacenter's id.
        body: The request body: `PrivateLinkCreateConfigInput`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.add_allowed_principal_to_service`.
    """
    return Call(
        "private_link.add_allowed_principal_to_service",
        {"cluster_id": cluster_id, "datacenter_id": datacenter_id, "body": body},
        timeout,
        extra_headers,
    )


def get_custom_domains(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get custom domains.

    Sends a GET to
    `/v2/organizations/customDomains`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.get_custom_domains`.
    """
    return Call("private_link.get_custom_domains", {}, timeout, extra_headers)


def get_private_link_endpoint(
    cluster_id: UUID,
    datacenter_id: UUID,
    endpoint_id: str,
    *,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Get private link endpoint.

    Sends a GET to
    `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/endpoints/{endpoint_id}`.

    Args:
        cluster_id: The database's id (the API calls it the cluster).
        datacenter_id: The datacenter's id.
        endpoint_id: The private endpoint's id, as the cloud provider names it.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.get_private_link_endpoint`.
    """
    return Call(
        "private_link.get_private_link_endpoint",
        {"cluster_id": cluster_id, "datacenter_id": datacenter_id, "endpoint_id": endpoint_id},
        timeout,
        extra_headers,
    )


def get_private_links_for_datacenter(
    cluster_id: UUID, datacenter_id: UUID, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get private links for datacenter.

    Sends a GET to
    `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/private-link`.

    Args:
        cluster_id: The database's id (the API calls it the cluster).
        datacenter_id: The datacenter's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.get_private_links_for_datacenter`.
    """
    return Call(
        "private_link.get_private_links_for_datacenter",
        {"cluster_id": cluster_id, "datacenter_id": datacenter_id},
        timeout,
        extra_headers,
    )


def list_private_links_for_cluster(
    cluster_id: UUID, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """List private links for cluster.

    Sends a GET to
    `/v2/organizations/clusters/{cluster_id}/private-link`.

    Args:
        cluster_id: The database's id (the API calls it the cluster).
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.list_private_links_for_cluster`.
    """
    return Call(
        "private_link.list_private_links_for_cluster", {"cluster_id": cluster_id}, timeout, extra_headers
    )


def list_private_links_for_org(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List private links for org.

    Sends a GET to
    `/v2/organizations/private-link`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.list_private_links_for_org`.
    """
    return Call("private_link.list_private_links_for_org", {}, timeout, extra_headers)


def reject_endpoint(
    cluster_id: UUID,
    datacenter_id: UUID,
    endpoint_id: str,
    *,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Reject endpoint.

    Sends a DELETE to
    `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/endpoints/{endpoint_id}`.

    Args:
        cluster_id: The database's id (the API calls it the cluster).
        datacenter_id: The datacenter's id.
        endpoint_id: The private endpoint's id, as the cloud provider names it.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.reject_endpoint`.
    """
    return Call(
        "private_link.reject_endpoint",
        {"cluster_id": cluster_id, "datacenter_id": datacenter_id, "endpoint_id": endpoint_id},
        timeout,
        extra_headers,
    )


def remove_allowed_principal_from_service(
    cluster_id: UUID,
    datacenter_id: UUID,
    *,
    body: PrivateLinkDeleteConfigInput | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Remove allowed principal from service.

    Sends a DELETE to
    `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/allowed-principals`.

    Args:
        cluster_id: The database's id (the API calls it the cluster).
        datacenter_id: The datacenter's id.
        body: The request body: `PrivateLinkDeleteConfigInput`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.remove_allowed_principal_from_service`.
    """
    return Call(
        "private_link.remove_allowed_principal_from_service",
        {"cluster_id": cluster_id, "datacenter_id": datacenter_id, "body": body},
        timeout,
        extra_headers,
    )


def set_custom_domains(
    *, body: list[str], timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Set custom domains.

    Sends a POST to
    `/v2/organizations/customDomains`.

    Args:
        body: The request body: `list[str]`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.set_custom_domains`.
    """
    return Call("private_link.set_custom_domains", {"body": body}, timeout, extra_headers)


def update_endpoint_description(
    cluster_id: UUID,
    datacenter_id: UUID,
    endpoint_id: str,
    *,
    body: PrivateLinkUpdateEndpointInput | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Update endpoint description.

    Sends a PUT to
    `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/endpoints/{endpoint_id}`.

    Args:
        cluster_id: The database's id (the API calls it the cluster).
        datacenter_id: The datacenter's id.
        endpoint_id: The private endpoint's id, as the cloud provider names it.
        body: The request body: `PrivateLinkUpdateEndpointInput`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.update_endpoint_description`.
    """
    return Call(
        "private_link.update_endpoint_description",
        {"cluster_id": cluster_id, "datacenter_id": datacenter_id, "endpoint_id": endpoint_id, "body": body},
        timeout,
        extra_headers,
    )


def list_available_regions(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List available regions.

    Sends a GET to
    `/v2/availableRegions`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.regions.list_available_regions`.
    """
    return Call("regions.list_available_regions", {}, timeout, extra_headers)


def list_serverless_regions(
    *,
    region_type: str | Unset = "",
    filter_by_org: str | Unset = "disabled",
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """List serverless regions.

    Sends a GET to
    `/v2/regions/serverless`.

    Args:
        region_type: The kind of region, for example `vector`; every kind when not given.
        filter_by_org: `enabled`: only the regions this organization may use.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.regions.list_serverless_regions`.
    """
    return Call(
        "regions.list_serverless_regions",
        {"region_type": region_type, "filter_by_org": filter_by_org},
        timeout,
        extra_headers,
    )


def add_organization_role(
    *, body: CreateRoleRequest | Unset = UNSET, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Add organization role.

    Sends a POST to
    `/v2/organizations/roles`.

    Args:
        body: The request body: `CreateRoleRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.roles.add_organization_role`.
    """
    return Call("roles.add_organization_role", {"body": body}, timeout, extra_headers)


def delete_organization_role(
    role_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Delete organization role.

    Sends a DELETE to
    `/v2/organizations/roles/{role_id}`.

    Args:
        role_id: The role's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.roles.delete_organization_role`.
    """
    return Call("roles.delete_organization_role", {"role_id": role_id}, timeout, extra_headers)


def get_organization_role(
    role_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get organization role.

    Sends a GET to
    `/v2/organizations/roles/{role_id}`.

    Args:
        role_id: The role's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.roles.get_organization_role`.
    """
    return Call("roles.get_organization_role", {"role_id": role_id}, timeout, extra_headers)


def get_organization_roles(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get organization roles.

    Sends a GET to
    `/v2/organizations/roles`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.roles.get_organization_roles`.
    """
    return Call("roles.get_organization_roles", {}, timeout, extra_headers)


def update_role(
    role_id: str,
    *,
    body: UpdateRoleRequest | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Update role.

    Sends a PUT to
    `/v2/organizations/roles/{role_id}`.

    Args:
        role_id: The role's id.
        body: The request body: `UpdateRoleRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.roles.update_role`.
    """
    return Call("roles.update_role", {"role_id": role_id, "body": body}, timeout, extra_headers)


def create_scim_group(
    *, body: SCIMGroup, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Create a SCIM group.

    Sends a POST to
    `/v2/scim/groups`.

    Args:
        body: The request body: `SCIMGroup`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.create_scim_group`.
    """
    return Call("scim.create_scim_group", {"body": body}, timeout, extra_headers)


def create_scim_user(
    *, body: SCIMUser, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Create a SCIM user.

    Sends a POST to
    `/v2/scim/users`.

    Args:
        body: The request body: `SCIMUser`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.create_scim_user`.
    """
    return Call("scim.create_scim_user", {"body": body}, timeout, extra_headers)


def delete_scim_group(
    group_id: UUID, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Delete a SCIM group.

    Sends a DELETE to
    `/v2/scim/groups/{group_id}`.

    Args:
        group_id: The SCIM group's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.delete_scim_group`.
    """
    return Call("scim.delete_scim_group", {"group_id": group_id}, timeout, extra_headers)


def delete_scim_user(user_id: UUID, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Delete a SCIM user.

    Sends a DELETE to
    `/v2/scim/users/{user_id}`.

    Args:
        user_id: The user's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.delete_scim_user`.
    """
    return Call("scim.delete_scim_user", {"user_id": user_id}, timeout, extra_headers)


def get_scim_group(group_id: UUID, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get a SCIM group.

    Sends a GET to
    `/v2/scim/groups/{group_id}`.

    Args:
        group_id: The SCIM group's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.get_scim_group`.
    """
    return Call("scim.get_scim_group", {"group_id": group_id}, timeout, extra_headers)


def get_scim_resource_types(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List SCIM resource types.

    Sends a GET to
    `/v2/scim/ResourceTypes`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.get_scim_resource_types`.
    """
    return Call("scim.get_scim_resource_types", {}, timeout, extra_headers)


def get_scim_schemas(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List SCIM schemas.

    Sends a GET to
    `/v2/scim/Schemas`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.get_scim_schemas`.
    """
    return Call("scim.get_scim_schemas", {}, timeout, extra_headers)


def get_scim_service_provider_config(
    *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get the SCIM service provider configuration.

    Sends a GET to
    `/v2/scim/ServiceProviderConfig`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.get_scim_service_provider_config`.
    """
    return Call("scim.get_scim_service_provider_config", {}, timeout, extra_headers)


def get_scim_user(user_id: UUID, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get a SCIM user.

    Sends a GET to
    `/v2/scim/users/{user_id}`.

    Args:
        user_id: The user's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.get_scim_user`.
    """
    return Call("scim.get_scim_user", {"user_id": user_id}, timeout, extra_headers)


def list_scim_groups(
    *,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    filter_: str | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """List SCIM groups.

    Sends a GET to
    `/v2/scim/groups`.

    Args:
        start_index: The 1-based index of the first entry of the page.
        count: The most entries one page holds.
        filter_: A SCIM filter expression (RFC 7644), for example on `userName`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.list_scim_groups`.
    """
    return Call(
        "scim.list_scim_groups",
        {"start_index": start_index, "count": count, "filter_": filter_},
        timeout,
        extra_headers,
    )


def list_scim_users(
    *,
    start_index: int | Unset = 1,
    count: int | Unset = 100,
    filter_: str | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """List SCIM users.

    Sends a GET to
    `/v2/scim/users`.

    Args:
        start_index: The 1-based index of the first entry of the page.
        count: The most entries one page holds.
        filter_: A SCIM filter expression (RFC 7644), for example on `userName`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.list_scim_users`.
    """
    return Call(
        "scim.list_scim_users",
        {"start_index": start_index, "count": count, "filter_": filter_},
        timeout,
        extra_headers,
    )


def patch_scim_group(
    group_id: UUID, *, body: SCIMPatchRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Patch a SCIM group.

    Sends a PATCH to
    `/v2/scim/groups/{group_id}`.

    Args:
        group_id: The SCIM group's id.
        body: The request body: `SCIMPatchRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.patch_scim_group`.
    """
    return Call("scim.patch_scim_group", {"group_id": group_id, "body": body}, timeout, extra_headers)


def patch_scim_user(
    user_id: UUID, *, body: SCIMPatchRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Patch a SCIM user.

    Sends a PATCH to
    `/v2/scim/users/{user_id}`.

    Args:
        user_id: The user's id.
        body: The request body: `SCIMPatchRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.patch_scim_user`.
    """
    return Call("scim.patch_scim_user", {"user_id": user_id, "body": body}, timeout, extra_headers)


def update_scim_group(
    group_id: UUID, *, body: SCIMGroup, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Replace a SCIM group.

    Sends a PUT to
    `/v2/scim/groups/{group_id}`.

    Args:
        group_id: The SCIM group's id.
        body: The request body: `SCIMGroup`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.update_scim_group`.
    """
    return Call("scim.update_scim_group", {"group_id": group_id, "body": body}, timeout, extra_headers)


def update_scim_user(
    user_id: UUID, *, body: SCIMUser, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Replace a SCIM user.

    Sends a PUT to
    `/v2/scim/users/{user_id}`.

    Args:
        user_id: The user's id.
        body: The request body: `SCIMUser`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.update_scim_user`.
    """
    return Call("scim.update_scim_user", {"user_id": user_id, "body": body}, timeout, extra_headers)


def get_organization_user(
    user_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get organization user.

    Sends a GET to
    `/v2/organizations/users/{user_id}`.

    Args:
        user_id: The user's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.users.get_organization_user`.
    """
    return Call("users.get_organization_user", {"user_id": user_id}, timeout, extra_headers)


def get_organization_users(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get organization users.

    Sends a GET to
    `/v2/organizations/users`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.users.get_organization_users`.
    """
    return Call("users.get_organization_users", {}, timeout, extra_headers)


def invite_user_to_organization(
    *, body: UserInvite | Unset = UNSET, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Invite user to organization.

    Sends a PUT to
    `/v2/organizations/users`.

    Args:
        body: The request body: `UserInvite`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.users.invite_user_to_organization`.
    """
    return Call("users.invite_user_to_organization", {"body": body}, timeout, extra_headers)


def remove_user_from_organization(
    user_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Remove user from organization.

    Sends a DELETE to
    `/v2/organizations/users/{user_id}`.

    Args:
        user_id: The user's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.users.remove_user_from_organization`.
    """
    return Call("users.remove_user_from_organization", {"user_id": user_id}, timeout, extra_headers)


def update_roles_for_user_in_organization(
    user_id: str,
    *,
    body: RoleInviteRequest | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Update roles for user in organization.

    Sends a PUT to
    `/v2/organizations/users/{user_id}/roles`.

    Args:
        user_id: The user's id.
        body: The request body: `RoleInviteRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.users.update_roles_for_user_in_organization`.
    """
    return Call(
        "users.update_roles_for_user_in_organization",
        {"user_id": user_id, "body": body},
        timeout,
        extra_headers,
    )


def create_vpc_peering_connection(
    provider: CreateVpcPeeringConnectionProvider,
    database_id: str,
    *,
    body: AmazonVPC | AzureVPC | GoogleVPC | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Create a VPC peering connection.

    Sends a POST to
    `/v2/peering/provider/{provider}/database/{database_id}`.

    Args:
        provider: The cloud provider: AWS, GCP or AZURE.
        database_id: The database's id.
        body: The request body: `AmazonVPC | AzureVPC | GoogleVPC`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.vpc_peering.create_vpc_peering_connection`.
    """
    return Call(
        "vpc_peering.create_vpc_peering_connection",
        {"provider": provider, "database_id": database_id, "body": body},
        timeout,
        extra_headers,
    )


def delete_vpc_peering_connection(
    provider: DeleteVpcPeeringConnectionProvider,
    database_id: str,
    *,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Delete a VPC peering connection.

    Sends a DELETE to
    `/v2/peering/provider/{provider}/database/{database_id}`.

    Args:
        provider: The cloud provider: AWS, GCP or AZURE.
        database_id: The database's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.vpc_peering.delete_vpc_peering_connection`.
    """
    return Call(
        "vpc_peering.delete_vpc_peering_connection",
        {"provider": provider, "database_id": database_id},
        timeout,
        extra_headers,
    )


def get_vpc_peering_connection_details(
    provider: GetVpcPeeringConnectionDetailsProvider,
    database_id: str,
    *,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Get a VPC peering connection.

    Sends a GET to
    `/v2/peering/provider/{provider}/database/{database_id}`.

    Args:
        provider: The cloud provider: AWS, GCP or AZURE.
        database_id: The database's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.vpc_peering.get_vpc_peering_connection_details`.
    """
    return Call(
        "vpc_peering.get_vpc_peering_connection_details",
        {"provider": provider, "database_id": database_id},
        timeout,
        extra_headers,
    )
