"""`client.scim`: sCIM 2.0 provisioning of users and groups.

Each method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models.
"""

from .._async._raw import AsyncScimWithRawResponse
from .._async.scim import AsyncScim
from .._sync._raw import ScimWithRawResponse
from .._sync.scim import Scim

__all__ = ["AsyncScim", "AsyncScimWithRawResponse", "Scim", "ScimWithRawResponse"]
