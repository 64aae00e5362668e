"""`client.customer_keys`: customer-managed encryption keys (BYOK) and the cloud accounts they trust."""

from .._async._raw import AsyncCustomerKeysWithRawResponse
from .._async.customer_keys import AsyncCustomerKeys
from .._sync._raw import CustomerKeysWithRawResponse
from .._sync.customer_keys import CustomerKeys

__all__ = [
    "AsyncCustomerKeys",
    "AsyncCustomerKeysWithRawResponse",
    "CustomerKeys",
    "CustomerKeysWithRawResponse",
]
