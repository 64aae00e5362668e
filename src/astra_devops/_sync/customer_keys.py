# Generated from _async/customer_keys.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.customer_keys`."""

from __future__ import annotations

from astra_devops_api.models import CloudProviderAccountDetails, ExternalKMSResponse, GetParticularCustomerKey

from .. import _operations as ops
from .._endpoints import NO_BODY, many, one
from ._endpoints import endpoint
from ._raw import CustomerKeysWithRawResponse
from ._resource import SyncResource


class CustomerKeys(SyncResource[CustomerKeysWithRawResponse]):
    """Customer-managed encryption keys (BYOK) and the cloud accounts they trust."""

    list = endpoint(ops.list_serverless_keys, many(ExternalKMSResponse))
    create = endpoint(ops.create_serverless_key, NO_BODY)
    get = endpoint(ops.get_serverless_key, one(GetParticularCustomerKey))
    cloud_accounts = endpoint(ops.get_serverless_cloud_accounts, many(CloudProviderAccountDetails))
    list_classic = endpoint(ops.list_classic_keys, many(ExternalKMSResponse))
    create_classic = endpoint(ops.create_classic_key, NO_BODY)
    get_classic = endpoint(ops.get_classic_key, one(GetParticularCustomerKey))
    classic_cloud_accounts = endpoint(ops.get_classic_cloud_accounts, many(CloudProviderAccountDetails))
    assign_classic_cloud_account = endpoint(ops.assign_cloud_account, NO_BODY)
