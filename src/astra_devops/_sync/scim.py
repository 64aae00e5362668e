# Generated from _async/scim.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.scim`."""

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
from ._endpoints import endpoint
from ._raw import ScimWithRawResponse
from ._resource import SyncResource


class Scim(SyncResource[ScimWithRawResponse]):
    """SCIM 2.0 provisioning of users and groups."""

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
