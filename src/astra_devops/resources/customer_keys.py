"""`client.customer_keys`: customer-managed encryption keys (BYOK) and the cloud accounts they trust.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from astra_devops_api.api.customer_keys import (
    assign_cloud_account,
    create_classic_key,
    create_serverless_key,
    get_classic_cloud_accounts,
    get_classic_key,
    get_serverless_cloud_accounts,
    get_serverless_key,
    list_classic_keys,
    list_serverless_keys,
)
from astra_devops_api.models import CloudProviderAccountDetails, ExternalKMSResponse, GetParticularCustomerKey

from .._endpoints import async_endpoint, endpoint, many, one
from .._resource import AsyncResource, SyncResource


class CustomerKeys(SyncResource):
    """Customer-managed encryption keys (BYOK) and the cloud accounts they trust."""

    list = endpoint(list_serverless_keys, many(ExternalKMSResponse))
    create = endpoint(create_serverless_key)
    get = endpoint(get_serverless_key, one(GetParticularCustomerKey))
    cloud_accounts = endpoint(get_serverless_cloud_accounts, many(CloudProviderAccountDetails))
    list_classic = endpoint(list_classic_keys, many(ExternalKMSResponse))
    create_classic = endpoint(create_classic_key)
    get_classic = endpoint(get_classic_key, one(GetParticularCustomerKey))
    classic_cloud_accounts = endpoint(get_classic_cloud_accounts, many(CloudProviderAccountDetails))
    assign_classic_cloud_account = endpoint(assign_cloud_account)


class AsyncCustomerKeys(AsyncResource):
    """Customer-managed encryption keys (BYOK) and the cloud accounts they trust (asynchronous)."""

    list = async_endpoint(list_serverless_keys, many(ExternalKMSResponse))
    create = async_endpoint(create_serverless_key)
    get = async_endpoint(get_serverless_key, one(GetParticularCustomerKey))
    cloud_accounts = async_endpoint(get_serverless_cloud_accounts, many(CloudProviderAccountDetails))
    list_classic = async_endpoint(list_classic_keys, many(ExternalKMSResponse))
    create_classic = async_endpoint(create_classic_key)
    get_classic = async_endpoint(get_classic_key, one(GetParticularCustomerKey))
    classic_cloud_accounts = async_endpoint(get_classic_cloud_accounts, many(CloudProviderAccountDetails))
    assign_classic_cloud_account = async_endpoint(assign_cloud_account)
