"""`client.scim`: sCIM 2.0 provisioning of users and groups.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from functools import cached_property

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
from .._endpoints import NO_BODY, async_endpoint, endpoint, one
from .._resource import AsyncResource, SyncResource, async_raw_response, raw_response


class Scim(SyncResource):
    """SCIM 2.0 provisioning of users and groups."""

    @cached_property
    def with_raw_response(self) -> ScimWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return ScimWithRawResponse(self)

    service_provider_config = endpoint(ops.get_scim_service_provider_config, one(SCIMServiceProviderConfig))
    schemas = endpoint(ops.get_scim_schemas, one(SCIMSchemasListResponse))
    resource_types = endpoint(ops.get_scim_resource_types, one(SCIMResourceTypesListResponse))
    list_users = endpoint(ops.list_scim_users, one(SCIMUserListResponse))
    create_user = endpoint(ops.create_scim_user, one(SCIMUser))
    get_user = endpoint(ops.get_scim_user, one(SCIMUser))
    update_user = endpoint(ops.update_scim_user, one(SCIMUser))
    patch_user = endpoint(ops.patch_scim_user, one(SCIMUser))
    delete_user = endpoint(ops.delete_scim_user, NO_BODY)
    list_groups = endpoint(ops.list_scim_groups, one(SCIMGroupListResponse))
    create_group = endpoint(ops.create_scim_group, one(SCIMGroup))
    get_group = endpoint(ops.get_scim_group, one(SCIMGroup))
    update_group = endpoint(ops.update_scim_group, one(SCIMGroup))
    patch_group = endpoint(ops.patch_scim_group, one(SCIMGroup))
    delete_group = endpoint(ops.delete_scim_group, NO_BODY)


class AsyncScim(AsyncResource):
    """SCIM 2.0 provisioning of users and groups (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncScimWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncScimWithRawResponse(self)

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


class ScimWithRawResponse:
    """`client.scim.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, scim: Scim) -> None:
        self.service_provider_config = raw_response(scim.service_provider_config)
        self.schemas = raw_response(scim.schemas)
        self.resource_types = raw_response(scim.resource_types)
        self.list_users = raw_response(scim.list_users)
        self.create_user = raw_response(scim.create_user)
        self.get_user = raw_response(scim.get_user)
        self.update_user = raw_response(scim.update_user)
        self.patch_user = raw_response(scim.patch_user)
        self.delete_user = raw_response(scim.delete_user)
        self.list_groups = raw_response(scim.list_groups)
        self.create_group = raw_response(scim.create_group)
        self.get_group = raw_response(scim.get_group)
        self.update_group = raw_response(scim.update_group)
        self.patch_group = raw_response(scim.patch_group)
        self.delete_group = raw_response(scim.delete_group)


class AsyncScimWithRawResponse:
    """`client.scim.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, scim: AsyncScim) -> None:
        self.service_provider_config = async_raw_response(scim.service_provider_config)
        self.schemas = async_raw_response(scim.schemas)
        self.resource_types = async_raw_response(scim.resource_types)
        self.list_users = async_raw_response(scim.list_users)
        self.create_user = async_raw_response(scim.create_user)
        self.get_user = async_raw_response(scim.get_user)
        self.update_user = async_raw_response(scim.update_user)
        self.patch_user = async_raw_response(scim.patch_user)
        self.delete_user = async_raw_response(scim.delete_user)
        self.list_groups = async_raw_response(scim.list_groups)
        self.create_group = async_raw_response(scim.create_group)
        self.get_group = async_raw_response(scim.get_group)
        self.update_group = async_raw_response(scim.update_group)
        self.patch_group = async_raw_response(scim.patch_group)
        self.delete_group = async_raw_response(scim.delete_group)
