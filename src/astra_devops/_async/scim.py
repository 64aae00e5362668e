"""The methods of `client.scim` (asynchronous)."""

from __future__ import annotations

from astra_devops_api.models import (
    SCIMGroup,
    SCIMGroupListResponse,
    SCIMResourceTypesListResponse,
    SCIMSchemasListResponse,
    SCIMServiceProviderConfig,
    SCIMUser,
    SCIMUserListResponse,
)

from .. import _operations as ops
from .._endpoints import NO_BODY, one
from ._endpoints import async_endpoint
from ._raw import AsyncScimWithRawResponse
from ._resource import AsyncResource


class AsyncScim(AsyncResource[AsyncScimWithRawResponse]):
    """SCIM 2.0 provisioning of users and groups (asynchronous)."""

    service_provider_config = async_endpoint(
        ops.get_scim_service_provider_config, one(SCIMServiceProviderConfig)
    )
    schemas = async_endpoint(ops.get_scim_schemas, one(SCIMSchemasListResponse))
    resource_types = async_endpoint(ops.get_scim_resource_types, one(SCIMResourceTypesListResponse))
    list_users = async_endpoint(ops.list_scim_users, one(SCIMUserListResponse))
    create_user = async_endpoint(ops.create_scim_user, one(SCIMUser))
    get_user = async_endpoint(ops.get_scim_user, one(SCIMUser))
    update_user = async_endpoint(ops.update_scim_user, one(SCIMUser))
    patch_user = async_endpoint(ops.patch_scim_user, one(SCIMUser))
    delete_user = async_endpoint(ops.delete_scim_user, NO_BODY)
    list_groups = async_endpoint(ops.list_scim_groups, one(SCIMGroupListResponse))
    create_group = async_endpoint(ops.create_scim_group, one(SCIMGroup))
    get_group = async_endpoint(ops.get_scim_group, one(SCIMGroup))
    update_group = async_endpoint(ops.update_scim_group, one(SCIMGroup))
    patch_group = async_endpoint(ops.patch_scim_group, one(SCIMGroup))
    delete_group = async_endpoint(ops.delete_scim_group, NO_BODY)
