"""`client.customer_keys`: customer-managed encryption keys (BYOK) and the cloud accounts they trust.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models import CloudProviderAccountDetails, ExternalKMSResponse, GetParticularCustomerKey

from .. import _operations as ops
from .._endpoints import NO_BODY, async_endpoint, endpoint, many, one
from .._resource import AsyncResource, SyncResource, async_raw_response, raw_response


class CustomerKeys(SyncResource):
    """Customer-managed encryption keys (BYOK) and the cloud accounts they trust."""

    @cached_property
    def with_raw_response(self) -> CustomerKeysWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return CustomerKeysWithRawResponse(self)

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

    @cached_property
    def with_raw_response(self) -> AsyncCustomerKeysWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncCustomerKeysWithRawResponse(self)

    list = async_endpoint(ops.list_serverless_keys, many(ExternalKMSResponse))
    create = async_endpoint(ops.create_serverless_key, NO_BODY)
    get = async_endpoint(ops.get_serverless_key, one(GetParticularCustomerKey))
    cloud_accounts = async_endpoint(ops.get_serverless_cloud_accounts, many(CloudProviderAccountDetails))
    list_classic = async_endpoint(ops.list_classic_keys, many(ExternalKMSResponse))
    create_classic = async_endpoint(ops.create_classic_key, NO_BODY)
    get_classic = async_endpoint(ops.get_classic_key, one(GetParticularCustomerKey))
    classic_cloud_accounts = async_endpoint(ops.get_classic_cloud_accounts, many(CloudProviderAccountDetails))
    assign_classic_cloud_account = async_endpoint(ops.assign_cloud_account, NO_BODY)


class CustomerKeysWithRawResponse:
    """`client.customer_keys.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, customer_keys: CustomerKeys) -> None:
        self.list = raw_response(customer_keys.list)
        self.create = raw_response(customer_keys.create)
        self.get = raw_response(customer_keys.get)
        self.cloud_accounts = raw_response(customer_keys.cloud_accounts)
        self.list_classic = raw_response(customer_keys.list_classic)
        self.create_classic = raw_response(customer_keys.create_classic)
        self.get_classic = raw_response(customer_keys.get_classic)
        self.classic_cloud_accounts = raw_response(customer_keys.classic_cloud_accounts)
        self.assign_classic_cloud_account = raw_response(customer_keys.assign_classic_cloud_account)


class AsyncCustomerKeysWithRawResponse:
    """`client.customer_keys.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, customer_keys: AsyncCustomerKeys) -> None:
        self.list = async_raw_response(customer_keys.list)
        self.create = async_raw_response(customer_keys.create)
        self.get = async_raw_response(customer_keys.get)
        self.cloud_accounts = async_raw_response(customer_keys.cloud_accounts)
        self.list_classic = async_raw_response(customer_keys.list_classic)
        self.create_classic = async_raw_response(customer_keys.create_classic)
        self.get_classic = async_raw_response(customer_keys.get_classic)
        self.classic_cloud_accounts = async_raw_response(customer_keys.classic_cloud_accounts)
        self.assign_classic_cloud_account = async_raw_response(customer_keys.assign_classic_cloud_account)
