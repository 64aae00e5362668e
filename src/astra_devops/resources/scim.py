"""`client.scim`: sCIM 2.0 provisioning of users and groups."""

from .._async._raw import AsyncScimWithRawResponse
from .._async.scim import AsyncScim
from .._sync._raw import ScimWithRawResponse
from .._sync.scim import Scim

__all__ = ["AsyncScim", "AsyncScimWithRawResponse", "Scim", "ScimWithRawResponse"]
