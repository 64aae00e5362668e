"""`client.scim`: sCIM 2.0 provisioning of users and groups.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.scim import (
    create_scim_group,
    create_scim_user,
    delete_scim_group,
    delete_scim_user,
    get_scim_group,
    get_scim_resource_types,
    get_scim_schemas,
    get_scim_service_provider_config,
    get_scim_user,
    list_scim_groups,
    list_scim_users,
    patch_scim_group,
    patch_scim_user,
    update_scim_group,
    update_scim_user,
)
from astra_devops_api.models import (
    SCIMGroup,
    SCIMGroupListResponse,
    SCIMResourceTypesListResponse,
    SCIMSchemasListResponse,
    SCIMServiceProviderConfig,
    SCIMUser,
    SCIMUserListResponse,
)

from .._endpoints import async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource


class Scim(SyncResource):
    """SCIM 2.0 provisioning of users and groups."""

    service_provider_config = endpoint(get_scim_service_provider_config, one(SCIMServiceProviderConfig))
    schemas = endpoint(get_scim_schemas, one(SCIMSchemasListResponse))
    resource_types = endpoint(get_scim_resource_types, one(SCIMResourceTypesListResponse))
    list_users = endpoint(list_scim_users, one(SCIMUserListResponse))
    create_user = endpoint(create_scim_user, one(SCIMUser))
    get_user = endpoint(get_scim_user, one(SCIMUser))
    update_user = endpoint(update_scim_user, one(SCIMUser))
    patch_user = endpoint(patch_scim_user, one(SCIMUser))
    delete_user = endpoint(delete_scim_user)
    list_groups = endpoint(list_scim_groups, one(SCIMGroupListResponse))
    create_group = endpoint(create_scim_group, one(SCIMGroup))
    get_group = endpoint(get_scim_group, one(SCIMGroup))
    update_group = endpoint(update_scim_group, one(SCIMGroup))
    patch_group = endpoint(patch_scim_group, one(SCIMGroup))
    delete_group = endpoint(delete_scim_group)


class AsyncScim(AsyncResource):
    """SCIM 2.0 provisioning of users and groups (asynchronous)."""

    service_provider_config = async_endpoint(get_scim_service_provider_config, one(SCIMServiceProviderConfig))
    schemas = async_endpoint(get_scim_schemas, one(SCIMSchemasListResponse))
    resource_types = async_endpoint(get_scim_resource_types, one(SCIMResourceTypesListResponse))
    list_users = async_endpoint(list_scim_users, one(SCIMUserListResponse))
    create_user = async_endpoint(create_scim_user, one(SCIMUser))
    get_user = async_endpoint(get_scim_user, one(SCIMUser))
    update_user = async_endpoint(update_scim_user, one(SCIMUser))
    patch_user = async_endpoint(patch_scim_user, one(SCIMUser))
    delete_user = async_endpoint(delete_scim_user)
    list_groups = async_endpoint(list_scim_groups, one(SCIMGroupListResponse))
    create_group = async_endpoint(create_scim_group, one(SCIMGroup))
    get_group = async_endpoint(get_scim_group, one(SCIMGroup))
    update_group = async_endpoint(update_scim_group, one(SCIMGroup))
    patch_group = async_endpoint(patch_scim_group, one(SCIMGroup))
    delete_group = async_endpoint(delete_scim_group)
