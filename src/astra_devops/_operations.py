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

    Adds addresses to the database's access list; an address already listed is updated rather than
    repeated. Answers 204.

    Sends a POST to `/v2/databases/{database_id}/access-list`.

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

    With the `addresses` query parameter, removes those addresses from the database's access list;
    without it, deletes the whole list. A call naming several addresses has been reported to remove only
    the first, so send one address per call (`x-astra-delete-one-address-per-call`).

    Sends a DELETE to `/v2/databases/{database_id}/access-list`.

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

    Returns the database's access list: the addresses (IPv4 or CIDR) allowed to connect, and whether the
    list is enabled. The answer has been seen both as one object and as an array holding that object; a
    client should accept both.

    Sends a GET to `/v2/databases/{database_id}/access-list`.

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

    Returns a sample access list that shows the structure the other access-list operations expect, as an
    array of access lists. Nothing is created.

    Sends a POST to `/v2/access-list/template`.

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

    Lists the access list of every database in the organization: the addresses allowed to connect to
    each, and whether its list is enabled.

    Sends a GET to `/v2/access-lists`.

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

    Updates entries already in the database's access list, matched by address, and its configuration;
    entries not in the body stay as they are. Answers 204.

    Sends a PATCH to `/v2/databases/{database_id}/access-list`.

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

    Replaces the database's whole access list, addresses and configuration, with the body. Answers 204;
    repeating the call leaves the same list.

    Sends a PUT to `/v2/databases/{database_id}/access-list`.

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

    Checks the structure of an access list without saving anything. The answer says whether it is valid
    and lists each problem found.

    Sends a POST to `/v2/access-list/validate`.

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

    Creates an application token holding the given roles, optionally for another organization, with an
    expiry time and a description. The answer is the only place the secret and the token appear: the
    list operations return client ids and roles only.

    Sends a POST to `/v2/tokens`.

    Args:
        body: The request body: `CreateTokenBody`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.authentication.create_token`.
    """
    return Call("authentication.create_token", {"body": body}, timeout, extra_headers)


def delete_token(*, client_id: str, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Revoke an application token.

    Revokes the application token whose client id is given as the `clientId` query parameter. This form
    of the call is not confirmed on the wire (`x-unconfirmed-path`); `DELETE
    /v2/clientIdSecrets/{clientId}` revokes a token the confirmed way.

    Sends a DELETE to `/v2/tokens`.

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

    Revokes the application token with this client id; calls made with it are refused from then on.
    Answers 200.

    Sends a DELETE to `/v2/clientIdSecrets/{client_id}`.

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

    Generates a new application token with the listed role ids, and optionally an expiry and a
    description. The answer holds the client id, secret and `AstraCS:` token, shown this once; every
    call creates another token.

    Sends a POST to `/v2/clientIdSecrets`.

    Args:
        body: The request body: `GenerateTokenBody`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.authentication.generate_token_for_client`.
    """
    return Call("authentication.generate_token_for_client", {"body": body}, timeout, extra_headers)


def get_clients_for_org(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List application tokens by client.

    Lists the application tokens of the organization behind the calling token, as `{'clients': [...]}`:
    client id, role ids and generation time of each. Secrets and tokens are not returned.

    Sends a GET to `/v2/clientIdSecrets`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.authentication.get_clients_for_org`.
    """
    return Call("authentication.get_clients_for_org", {}, timeout, extra_headers)


def get_tokens_for_org(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List application tokens.

    Lists the organization's application tokens: for each, its client id, its roles and when it was
    generated. Secrets and tokens are never included.

    Sends a GET to `/v2/tokens`.

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

    Starts copying a snapshot (`snapshotID`) of the source database into the target database, optionally
    from one region of a multi-region source. The answer holds the operation id, RUNNING; read the clone
    status until it is DONE or ERROR.

    Sends a POST to `/v2/databases/{target_dbid}/cloneFrom/{source_dbid}`.

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

    Returns the status of a clone into the target database: RUNNING, then DONE or ERROR.

    Sends a GET to `/v2/databases/{target_dbid}/cloneStatus/{operation_id}`.

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

    Lists the database's snapshots, each with its id and time, optionally only those between `from` and
    `to` (RFC 3339 times) or from one source region.

    Sends a GET to `/v2/databases/{database_id}/snapshots`.

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

    Starts restoring the database from one of its own snapshots (`snapshotID`). The answer holds the
    operation id; read the restore status until it is DONE or ERROR. The path follows the clone
    operations' convention and is not confirmed on the wire (`x-unconfirmed-path`).

    Sends a POST to `/v2/databases/{database_id}/restore`.

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

    Returns the status of a restore operation: RUNNING, then DONE or ERROR. The path follows the clone
    operations' convention and is not confirmed on the wire (`x-unconfirmed-path`).

    Sends a GET to `/v2/databases/{database_id}/restoreStatus/{operation_id}`.

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

    Assigns the organization a cloud provider account that will encrypt its Managed Cluster (Classic)
    databases with customer keys. Answers 201.

    Sends a POST to `/v2/kms/classic/provider/{provider}/accounts`.

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

    Registers a customer-managed encryption key for the organization's Managed Cluster (Classic)
    databases. Answers 200 with no body.

    Sends a POST to `/v2/kms/classic`.

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

    Registers a customer-managed encryption key, held in AWS KMS, Google Cloud KMS or Azure Key Vault,
    for the organization's serverless databases. Answers 200 with no body.

    Sends a POST to `/v2/kms`.

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

    Lists the cloud provider accounts that must be allowed to use your key before Managed Cluster
    (Classic) databases in this provider and region can be encrypted with it; 404 with a `description`
    when the organization has none there.

    Sends a GET to `/v2/kms/classic/provider/{provider}/region/{region}/accounts`.

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

    Returns the customer key registered for Managed Cluster (Classic) databases in one cloud provider
    and region; 404 with a `description` when there is none.

    Sends a GET to `/v2/kms/classic/provider/{provider}/region/{region}`.

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

    Lists the cloud provider accounts that must be allowed to use your key before serverless databases
    in this provider and region can be encrypted with it.

    Sends a GET to `/v2/kms/provider/{provider}/region/{region}/accounts`.

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

    Returns the customer key registered for serverless databases in one cloud provider and region, under
    the provider's name (for example `aws`).

    Sends a GET to `/v2/kms/provider/{provider}/region/{region}`.

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

    Lists the customer keys registered for the organization's Managed Cluster (Classic) databases. An
    organization without any answers 404 with a `description`.

    Sends a GET to `/v2/kms/classic`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.customer_keys.list_classic_keys`.
    """
    return Call("customer_keys.list_classic_keys", {}, timeout, extra_headers)


def list_serverless_keys(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List customer keys for serverless databases.

    Lists the customer keys registered for the organization's serverless databases: cloud provider, key
    id and region of each, with PascalCase keys.

    Sends a GET to `/v2/kms`.

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

    Adds regions to a database, one entry per new datacenter with its tier, cloud provider, region and
    `status` (send `ACTIVE`). The datacenters are deployed in the background and appear in the
    datacenter list when ready.

    Sends a POST to `/v2/databases/{database_id}/datacenters`.

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

    Adds a keyspace with this name to the database. The keyspace is made in the background: it is usable
    once the database is ACTIVE again and lists it in its `info`.

    Sends a POST to `/v2/databases/{database_id}/keyspaces/{keyspace_name}`.

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

    Turns on graph engine capabilities for an existing keyspace of a Managed Cluster (Classic) database.
    202 means the change was accepted, 204 that there is no such keyspace, and 400 that the database's
    tier does not support it.

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

    Exports the database's metrics to one external system: Kafka, Prometheus remote write, Amazon
    CloudWatch, Splunk, Pulsar or Datadog. A new configuration replaces the previous one; 202 means it
    was accepted and is being applied.

    Sends a POST to `/v2/databases/{database_id}/telemetry/metrics`.

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

    Starts creating a database from its name, cloud provider, region, tier and capacity units (and, for
    a vector database, `dbType`). The answer is 201 with no body: the `Location` header is the new
    database's id. Creation continues in the background; read the database until its status is ACTIVE.

    Sends a POST to `/v2/databases`.

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

    Creates a Solr search index on a table of an E-tier Managed Cluster (Classic) database, built from
    the table's CQL definition when `generateResources=true`, or from the given `schema` and
    `solrconfig` otherwise. 202 means accepted, not yet built; 204 that the keyspace does not exist; 400
    that the database is not E tier.

    Sends a POST to `/v2/databases/{database_id}/keyspaces/{keyspace_name}/tables/{table_name}/solr/crea
    teCorewithconfigs`.

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

    Turns off change data capture for the tables listed in the request body (this DELETE carries a JSON
    body). Answers 204.

    Sends a DELETE to `/v3/databases/{database_id}/cdc`.

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

    Turns on change data capture for the listed tables, streaming their changes to the streaming tenant
    given for each region of the database. Answers 201.

    Sends a POST to `/v3/databases/{database_id}/cdc`.

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

    Returns short-lived pre-signed URLs of the secure connect bundle, the zip of certificates and
    settings a driver needs, with internal (private network) and migration proxy variants; with
    `all=true` the answer is a list with one entry per datacenter. Download the URLs within minutes and
    without the API's `Authorization` header. The datacenter id is sent as `datcenterID`.

    Sends a POST to `/v2/databases/{database_id}/secureBundleURL`.

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

    Returns the database's change data capture configuration: the tables it covers and, per region, the
    streaming cluster and tenant that receive the changes.

    Sends a GET to `/v3/databases/{database_id}/cdc`.

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

    Returns the change data capture status of one table, with the regions and streaming tenants its
    changes go to.

    Sends a GET to `/v3/databases/{database_id}/keyspaces/{keyspace_name}/tables/{table_name}/cdc`.

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

    Returns one database: its creation settings and keyspaces (`info`), status, storage, the actions it
    allows right now and the URLs of its services. Read `status` as an open set: states beyond the
    listed ones occur.

    Sends a GET to `/v2/databases/{database_id}`.

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

    Returns the database's current metrics export: an object with one key naming the destination (such
    as `kafka`), holding that destination's settings.

    Sends a GET to `/v2/databases/{database_id}/telemetry/metrics`.

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

    Lists the databases the token can see, by default every one not terminated; `include` selects by
    status and `provider` by cloud. The list is paged: ask for the next page with the id of the last
    database received as `starting_after`, up to `limit` (1 to 100, 25 by default) per page.

    Sends a GET to `/v2/databases`.

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

    Lists the database's datacenters (one per region) with cloud, region, tier, capacity and service
    URLs. Terminated datacenters are left out unless `all=true`.

    Sends a GET to `/v2/databases/{database_id}/datacenters`.

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

    Parks a Managed Cluster (Classic) database: it stops serving and is charged at the parked rate, and
    keeps its data. Answers 202; the database is PARKING, then PARKED. Parking a parked database changes
    nothing.

    Sends a POST to `/v2/databases/{database_id}/park`.

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

    Drops the keyspace, with all its tables and data, from the database. Answers 204; the removal
    completes in the background like the addition.

    Sends a DELETE to `/v2/databases/{database_id}/keyspaces/{keyspace_name}`.

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

    Sets a new password for the database user named in the body (`username`, `password`). Answers 202;
    repeating the call with the same values changes nothing more.

    Sends a POST to `/v2/databases/{database_id}/resetPassword`.

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

    Sets the total capacity units of a Managed Cluster (Classic) database; serverless databases and
    provisioned capacity units are not resized this way. Answers 202; the database is RESIZING until it
    is ACTIVE again.

    Sends a POST to `/v2/databases/{database_id}/resize`.

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

    Suspends the database (`freeConsumed` defaults to -1). Answers 202. The path follows the API's
    convention for lifecycle actions and is not confirmed on the wire (`x-unconfirmed-path`).

    Sends a POST to `/v2/databases/{database_id}/suspend`.

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

    Starts terminating the database, deleting its data for good. Answers 202; the database is
    TERMINATING, then TERMINATED. `preparedStateOnly` is reserved for the vendor's own use.

    Sends a POST to `/v2/databases/{database_id}/terminate`.

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

    Removes one region from a multi-region database. Answers 202; the datacenter leaves the list once
    its termination completes.

    Sends a POST to `/v2/databases/{database_id}/datacenters/{datacenter_id}/terminate`.

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

    Brings a parked Managed Cluster (Classic) database back into service. Answers 202; the database is
    UNPARKING, then ACTIVE.

    Sends a POST to `/v2/databases/{database_id}/unpark`.

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

    Changes the database's change data capture settings: the tables it covers and the streaming tenant
    of each region. Answers 201.

    Sends a PUT to `/v3/databases/{database_id}/cdc`.

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

    Changes the engine type of a serverless database to the one in the body (`engineType`). Not
    available for Managed Cluster (Classic) databases. Answers 202.

    Sends a PUT to `/v2/databases/{database_id}/engineType`.

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

    Adds the given addresses to the organization's DevOps API access list, creating the list if there is
    none, and answers 201 with the whole list.

    Sends a POST to `/v2/organizations/{org_id}/devops-acl`.

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

    Deletes the organization's entire DevOps API access list, which turns the restriction off. Answers
    202.

    Sends a DELETE to `/v2/organizations/{org_id}/devops-acl`.

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

    Returns the addresses (IP or CIDR) allowed to call the DevOps API for the organization, each with
    its description, whether it is enabled, and when it was created and last changed.

    Sends a GET to `/v2/organizations/{org_id}/devops-acl`.

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

    Replaces the organization's whole DevOps API access list with the given addresses and answers the
    new list. Repeating the call leaves the same list.

    Sends a PUT to `/v2/organizations/{org_id}/devops-acl`.

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

    Changes one entry of the DevOps API access list, found by its address: its description or whether it
    is enabled. Answers the whole list.

    Sends a PATCH to `/v2/organizations/{org_id}/devops-acl`.

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

    Creates an organization in an enterprise, with its name, contact email and first administrator. The
    answer describes the new organization, with PascalCase keys.

    Sends a POST to `/v2/enterprises/organizations`.

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

    Starts generating the enterprise's billing report for a month and year. The answer holds the report
    id and its status; read the report until it is COMPLETED (or FAILED). Each call starts another
    report.

    Sends a POST to `/v2/enterprises/billing-reports/generate-report`.

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

    Returns what the enterprise consumed over a date range of at most 31 days, broken down by
    organization, database and region, optionally only for given organizations or resources. Each `cost`
    is a decimal number sent as a string, and `totalCost` may be null.

    Sends a POST to `/v2/enterprises/consumption`.

    Args:
        body: The request body: `EnterpriseConsumptionRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.enterprise_operations.get_enterprise_consumption`.
    """
    return Call("enterprise_operations.get_enterprise_consumption", {"body": body}, timeout, extra_headers)


def get_report_details(
    report_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get a billing report.

    Returns a billing report's status and, once it is generated, a temporary URL of its CSV with the
    time that URL expires.

    Sends a GET to `/v2/enterprises/billing-reports/{report_id}`.

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

    Abandons a migration; clean it up afterwards to delete its working files. The answer is the
    migration's status.

    Sends a POST to `/v2/databases/{database_id}/migrations/{migration_id}/abort`.

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

    Deletes the working files a finished migration (done, failed or aborted) left behind, now or at the
    time given as `option.cleanupTime`. The answer is the migration's status.

    Sends a POST to `/v2/databases/{database_id}/migrations/{migration_id}/cleanup`.

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

    Returns a migration's status with the concurrency and target subset size it runs with.

    Sends a GET to `/v2/databases/{database_id}/migrations/{migration_id}`.

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

    Prepares a migration that imports SSTable files into the database, optionally with an import
    concurrency and a target subset size. The answer holds the migration id, first INITIALIZING; launch
    it once it is READY.

    Sends a POST to `/v2/databases/{database_id}/migrations/initialize`.

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

    Prepares an SSTable import into one datacenter of the database; further import settings go as
    `option.<name>` query parameters. The answer holds the migration id, first INITIALIZING; launch it
    once it is READY.

    Sends a POST to `/v2/databases/{database_id}/datacenters/{datacenter_id}/migrations/initialize`.

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

    Starts the import of a READY migration. It runs in the background, STARTING then IN_PROGRESS until
    DONE or ERROR; the answer is the migration's status.

    Sends a POST to `/v2/databases/{database_id}/migrations/{migration_id}/launch`.

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

    Pauses a migration while it imports; resume it later. The answer is the migration's status.

    Sends a POST to `/v2/databases/{database_id}/migrations/{migration_id}/pause`.

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

    Resumes the import of a paused migration. The answer is the migration's status.

    Sends a POST to `/v2/databases/{database_id}/migrations/{migration_id}/resume`.

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

    Stops exporting the organization's audit logs and removes the configuration. Answers 202.

    Sends a DELETE to `/v2/organizations/{org_id}/telemetry/auditLogs`.

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

    Returns the organization's audit-log export: the Pulsar endpoint and topic and how the export
    authenticates. Use it to check that a new setup is in place.

    Sends a GET to `/v2/organizations/{org_id}/telemetry/auditLogs`.

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

    Returns the organization the calling token belongs to, identified by its id: the `orgID` that other
    operations take.

    Sends a GET to `/v2/currentOrg`.

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

    Exports the organization's audit logs to a Pulsar topic, authenticated by a token or by OAuth 2.
    Answers 202; read the configuration back to see it in place.

    Sends a POST to `/v2/organizations/{org_id}/telemetry/auditLogs`.

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

    Associates a datacenter with a PCU group, so that the group's capacity serves it. Answers 201.

    Sends a POST to `/v2/pcus/association/{pcu_group_uuid}/{datacenter_uuid}`.

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

    Ends the association between a datacenter and a PCU group. Answers 200 with no body.

    Sends a DELETE to `/v2/pcus/association/{pcu_group_uuid}/{datacenter_uuid}`.

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

    Lists the datacenters associated with a PCU group, each with the association's provisioning status
    and who created and last changed it, and when.

    Sends a GET to `/v2/pcus/association/{pcu_group_uuid}`.

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

    Moves a datacenter from one PCU group to another. Answers 202; the move completes in the background.

    Sends a POST to `/v2/pcus/association/transfer`.

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

    Creates a PCU group from its title, cloud provider, region, instance type, provisioning type and
    minimum, maximum and reserved capacity. The body is a list holding exactly one group; the answer
    lists the group created. Each call creates another group.

    Sends a POST to `/v2/pcus`.

    Args:
        body: The request body: `list[PCUGroupCreateRequest]`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_create`.
    """
    return Call("pcu.pcu_create", {"body": body}, timeout, extra_headers)


def pcu_delete(pcu_group_uuid: str, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Delete a PCU group.

    Deletes a PCU group. Answers 200 with no body.

    Sends a DELETE to `/v2/pcus/{pcu_group_uuid}`.

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

    Returns the organization's provisioned capacity unit (PCU) groups, or only those whose UUIDs the
    body lists. A read despite the POST.

    Sends a POST to `/v2/pcus/actions/get`.

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

    Lists the PCU group types, with their details, offered for a cloud provider and region. A read
    despite the POST.

    Sends a POST to `/v2/pcus/types`.

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

    Returns, as a list, the PCU group the datacenter belongs to, if it belongs to one.

    Sends a GET to `/v2/pcus/actions/get/{datacenter_uuid}`.

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

    Parks a flexible-capacity PCU group. The parking runs in the background; the group's status becomes
    PARKED.

    Sends a POST to `/v2/pcus/park/{pcu_group_uuid}`.

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

    Brings a parked PCU group back. The unparking runs in the background; the group's status becomes
    ACTIVE.

    Sends a POST to `/v2/pcus/unpark/{pcu_group_uuid}`.

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

    Changes the settings of the PCU group named by `pcuGroupUUID`, sent as a list holding exactly one
    group. Answers 200 with no body.

    Sends a PUT to `/v2/pcus`.

    Args:
        body: The request body: `list[PCUGroupUpdateRequest]`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.pcu.pcu_update`.
    """
    return Call("pcu.pcu_update", {"body": body}, timeout, extra_headers)


def accept_endpoint_to_service(
    cluster_id: str,
    datacenter_id: str,
    *,
    body: PrivateLinkCreateEndpointInput | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Accept endpoint to service.

    Completes a private link connection: the endpoint you created in your cloud account (its id, and a
    description) is accepted on the datacenter's service. The answer is either that endpoint or the
    service's datacenters with all their endpoints; a client should accept both.

    Sends a POST to `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/endpoints`.

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
    cluster_id: str,
    datacenter_id: str,
    *,
    body: PrivateLinkCreateConfigInput | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Add allowed principal.

    Adds principals to the list of those allowed to connect to a datacenter's private link service. The
    answer holds the service name and the allowed principals.

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
    cluster_id: str,
    datacenter_id: str,
    *,
    body: PrivateLinkCreateConfigInput | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Set up a private link service.

    Sets up the private link service of a datacenter and allows the given principals (AWS IAM ARNs,
    Azure subscription ids or Google Cloud project ids) to connect to it. The answer holds the service
    name to create your endpoint against.

    Sends a POST to `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/private-link`.

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

    Lists the organization's custom domains: domain names, or prefixes, that end the host names of its
    databases when reached through private links.

    Sends a GET to `/v2/organizations/customDomains`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.get_custom_domains`.
    """
    return Call("private_link.get_custom_domains", {}, timeout, extra_headers)


def get_private_link_endpoint(
    cluster_id: str,
    datacenter_id: str,
    endpoint_id: str,
    *,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Get private link endpoint.

    Returns one endpoint connected to a datacenter's private link service: id, description, status
    (`Accepted` or `Rejected`) and when it was created.

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
    cluster_id: str, datacenter_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Get private links for datacenter.

    Returns the private link service of one datacenter of a database: its service name, the principals
    allowed to connect and the endpoints connected to it.

    Sends a GET to `/v2/organizations/clusters/{cluster_id}/datacenters/{datacenter_id}/private-link`.

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
    cluster_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """List private links for cluster.

    Returns the private link setup of one database (`clusterID` is the database id). The answer lists
    the database's datacenters with their services and endpoints, or describes its endpoints with the
    times they were active.

    Sends a GET to `/v2/organizations/clusters/{cluster_id}/private-link`.

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

    Lists the private link services of every database in the organization: per database, each
    datacenter's service name, allowed principals and connected endpoints.

    Sends a GET to `/v2/organizations/private-link`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.list_private_links_for_org`.
    """
    return Call("private_link.list_private_links_for_org", {}, timeout, extra_headers)


def reject_endpoint(
    cluster_id: str,
    datacenter_id: str,
    endpoint_id: str,
    *,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Reject endpoint.

    Rejects an endpoint, cutting its connection to the datacenter's private link service. Answers 204.

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
    cluster_id: str,
    datacenter_id: str,
    *,
    body: PrivateLinkDeleteConfigInput | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Remove allowed principal from service.

    Removes the principal named in the body (`allowedPrincipal`) from those allowed to connect to a
    datacenter's private link service. Answers 204.

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

    Replaces the organization's custom domains with the list in the body. Answers 202.

    Sends a POST to `/v2/organizations/customDomains`.

    Args:
        body: The request body: `list[str]`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.private_link.set_custom_domains`.
    """
    return Call("private_link.set_custom_domains", {"body": body}, timeout, extra_headers)


def update_endpoint_description(
    cluster_id: str,
    datacenter_id: str,
    endpoint_id: str,
    *,
    body: PrivateLinkUpdateEndpointInput | Unset = UNSET,
    timeout: Timeout = None,
    extra_headers: Headers | None = None,
) -> Call:
    """Update endpoint description.

    Changes the description of a connected endpoint and returns the endpoint.

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

    Lists every tier, cloud provider and region the organization can create a database in, with what it
    costs per minute, hour, day and month (running and parked) and how many databases and capacity units
    are used against their limits.

    Sends a GET to `/v2/availableRegions`.

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

    Lists the regions that host serverless databases, with cloud provider, display name, geographic zone
    and classification. `region-type` chooses serverless, vector or all regions; `filter-by-org` keeps
    only the regions open to the caller's organization.

    Sends a GET to `/v2/regions/serverless`.

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

    Creates a custom role from a name and a policy (the actions it allows on which resources). The
    answer is the new role with PascalCase keys and the policy as `Policy`, usually JSON text. Each call
    creates a role, even with a name already in use.

    Sends a POST to `/v2/organizations/roles`.

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

    Deletes a custom role. Answers 204; a role that no longer exists answers 404.

    Sends a DELETE to `/v2/organizations/roles/{role_id}`.

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

    Returns one role: id, name, type (`default` or `custom`) and policy, usually a string of JSON to
    decode.

    Sends a GET to `/v2/organizations/roles/{role_id}`.

    Args:
        role_id: The role's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.roles.get_organization_role`.
    """
    return Call("roles.get_organization_role", {"role_id": role_id}, timeout, extra_headers)


def get_organization_roles(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get organization roles.

    Lists the organization's roles, default and custom, as a JSON array. Each role's `policy` usually
    arrives as a string holding the policy object as JSON, to be decoded.

    Sends a GET to `/v2/organizations/roles`.

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

    Replaces the role's name and policy with those in the body. The answer is the updated role, in the
    same form as the answer to creating one.

    Sends a PUT to `/v2/organizations/roles/{role_id}`.

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

    Creates a group, that is a role, in the organization from a SCIM 2.0 group resource. Answers 201
    with the group as stored.

    Sends a POST to `/v2/scim/groups`.

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

    Provisions a user in the organization from a SCIM 2.0 user resource. Answers 201 with the user as
    stored; 409 if the user name is taken.

    Sends a POST to `/v2/scim/users`.

    Args:
        body: The request body: `SCIMUser`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.create_scim_user`.
    """
    return Call("scim.create_scim_user", {"body": body}, timeout, extra_headers)


def delete_scim_group(
    group_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Delete a SCIM group.

    Deletes the group, that is the role, from the organization. Answers 204.

    Sends a DELETE to `/v2/scim/groups/{group_id}`.

    Args:
        group_id: The SCIM group's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.delete_scim_group`.
    """
    return Call("scim.delete_scim_group", {"group_id": group_id}, timeout, extra_headers)


def delete_scim_user(user_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Delete a SCIM user.

    Deprovisions the user, removing them from the organization. Answers 204.

    Sends a DELETE to `/v2/scim/users/{user_id}`.

    Args:
        user_id: The user's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.delete_scim_user`.
    """
    return Call("scim.delete_scim_user", {"user_id": user_id}, timeout, extra_headers)


def get_scim_group(group_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get a SCIM group.

    Returns one group (role) as a SCIM 2.0 resource, with its members.

    Sends a GET to `/v2/scim/groups/{group_id}`.

    Args:
        group_id: The SCIM group's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.get_scim_group`.
    """
    return Call("scim.get_scim_group", {"group_id": group_id}, timeout, extra_headers)


def get_scim_resource_types(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List SCIM resource types.

    Lists the SCIM 2.0 resource types this service offers (users and groups) and their endpoints.

    Sends a GET to `/v2/scim/ResourceTypes`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.get_scim_resource_types`.
    """
    return Call("scim.get_scim_resource_types", {}, timeout, extra_headers)


def get_scim_schemas(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """List SCIM schemas.

    Lists the SCIM 2.0 schemas this service uses for users and groups.

    Sends a GET to `/v2/scim/Schemas`.

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

    Returns what this SCIM 2.0 service supports (patch, filtering, bulk and so on) and how clients
    authenticate to it.

    Sends a GET to `/v2/scim/ServiceProviderConfig`.

    Args:
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.get_scim_service_provider_config`.
    """
    return Call("scim.get_scim_service_provider_config", {}, timeout, extra_headers)


def get_scim_user(user_id: str, *, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get a SCIM user.

    Returns one user as a SCIM 2.0 resource.

    Sends a GET to `/v2/scim/users/{user_id}`.

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

    Lists the organization's groups, which are its roles, as SCIM 2.0 resources, a page at a time
    (`startIndex` counts from 1, `count` per page), optionally narrowed by a `filter`.

    Sends a GET to `/v2/scim/groups`.

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

    Lists the organization's users as SCIM 2.0 resources, a page at a time (`startIndex` counts from 1,
    `count` per page), optionally narrowed by a SCIM `filter` expression.

    Sends a GET to `/v2/scim/users`.

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
    group_id: str, *, body: SCIMPatchRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Patch a SCIM group.

    Adds or removes members, or renames the group, with SCIM 2.0 patch operations. Answers the group as
    stored.

    Sends a PATCH to `/v2/scim/groups/{group_id}`.

    Args:
        group_id: The SCIM group's id.
        body: The request body: `SCIMPatchRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.patch_scim_group`.
    """
    return Call("scim.patch_scim_group", {"group_id": group_id, "body": body}, timeout, extra_headers)


def patch_scim_user(
    user_id: str, *, body: SCIMPatchRequest, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Patch a SCIM user.

    Changes some of a user's attributes with SCIM 2.0 patch operations (add, replace, remove). Answers
    the user as stored.

    Sends a PATCH to `/v2/scim/users/{user_id}`.

    Args:
        user_id: The user's id.
        body: The request body: `SCIMPatchRequest`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.patch_scim_user`.
    """
    return Call("scim.patch_scim_user", {"user_id": user_id, "body": body}, timeout, extra_headers)


def update_scim_group(
    group_id: str, *, body: SCIMGroup, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Replace a SCIM group.

    Replaces the whole group, name and members, with the SCIM 2.0 resource in the body. Answers the
    group as stored.

    Sends a PUT to `/v2/scim/groups/{group_id}`.

    Args:
        group_id: The SCIM group's id.
        body: The request body: `SCIMGroup`.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.scim.update_scim_group`.
    """
    return Call("scim.update_scim_group", {"group_id": group_id, "body": body}, timeout, extra_headers)


def update_scim_user(
    user_id: str, *, body: SCIMUser, timeout: Timeout = None, extra_headers: Headers | None = None
) -> Call:
    """Replace a SCIM user.

    Replaces the whole user with the SCIM 2.0 resource in the body; attributes left out are cleared.
    Answers the user as stored.

    Sends a PUT to `/v2/scim/users/{user_id}`.

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

    Returns one user of the organization: id, email, status and the roles they hold, with PascalCase
    keys.

    Sends a GET to `/v2/organizations/users/{user_id}`.

    Args:
        user_id: The user's id.
        timeout: Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.
        extra_headers: Headers added to this request only (never Authorization).

    Generated operation: `astra_devops_api.api.users.get_organization_user`.
    """
    return Call("users.get_organization_user", {"user_id": user_id}, timeout, extra_headers)


def get_organization_users(*, timeout: Timeout = None, extra_headers: Headers | None = None) -> Call:
    """Get organization users.

    Lists the organization's users with their status and roles, under the organization's id and name.
    Keys are PascalCase (`OrgID`, `Users`, `UserID`, `Roles`).

    Sends a GET to `/v2/organizations/users`.

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

    Invites a person, by email, to the organization with the listed roles, or sends a pending invitation
    again with new details such as a later expiry. Answers 200 with no body.

    Sends a PUT to `/v2/organizations/users`.

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

    Removes a user from the organization, or withdraws an invitation not yet accepted. Answers 204.

    Sends a DELETE to `/v2/organizations/users/{user_id}`.

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

    Sets the roles a user holds in the organization to the listed role ids. Answers 204.

    Sends a PUT to `/v2/organizations/users/{user_id}/roles`.

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

    Peers the database's network with your AWS VPC, Azure virtual network or Google Cloud network; the
    body's shape depends on the provider. Answers 201 with the new connection and its status.

    Sends a POST to `/v2/peering/provider/{provider}/database/{database_id}`.

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

    Deletes the database's peering connection on this cloud provider. Answers 204.

    Sends a DELETE to `/v2/peering/provider/{provider}/database/{database_id}`.

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

    Returns the database's peering connection on this cloud provider, if there is one: its id, status,
    and both networks (account, network id, CIDR block).

    Sends a GET to `/v2/peering/provider/{provider}/database/{database_id}`.

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
