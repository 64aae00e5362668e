"""`client.customer_keys`: customer-managed encryption keys (BYOK) and the cloud accounts they trust.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.models import CloudProviderAccountDetails, ExternalKMSResponse, GetParticularCustomerKey

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, many, one
from .._resource import AsyncResource, SyncResource


class CustomerKeys(SyncResource):
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


class AsyncCustomerKeys(AsyncResource):
    """Customer-managed encryption keys (BYOK) and the cloud accounts they trust (asynchronous)."""

    list = async_endpoint(ops.list_serverless_keys, many(ExternalKMSResponse))
    create = async_endpoint(ops.create_serverless_key, NO_BODY)
    get = async_endpoint(ops.get_serverless_key, one(GetParticularCustomerKey))
    cloud_accounts = async_endpoint(ops.get_serverless_cloud_accounts, many(CloudProviderAccountDetails))
    list_classic = async_endpoint(ops.list_classic_keys, many(ExternalKMSResponse))
    create_classic = async_endpoint(ops.create_classic_key, NO_BODY)
    get_classic = async_endpoint(ops.get_classic_key, one(GetParticularCustomerKey))
    classic_cloud_accounts = async_endpoint(ops.get_classic_cloud_accounts, many(CloudProviderAccountDetails))
    assign_classic_cloud_account = async_endpoint(ops.assign_cloud_account, NO_BODY)
