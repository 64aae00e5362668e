"""The methods of `client.customer_keys` (asynchronous)."""

from __future__ import annotations

from astra_devops_api.models import CloudProviderAccountDetails, ExternalKMSResponse, GetParticularCustomerKey

from .. import _operations as ops
from .._endpoints import NO_BODY, many, one
from ._endpoints import async_endpoint
from ._raw import AsyncCustomerKeysWithRawResponse
from ._resource import AsyncResource


class AsyncCustomerKeys(AsyncResource[AsyncCustomerKeysWithRawResponse]):
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
