"""`client.roles`: the organization's roles and their policies.

`create(..., if_exists="return")` returns the role of that name instead of failing ("error"
raises ConfigurationError before any create); `delete(..., missing_ok=True)` returns when the
role is already gone: both safe to repeat.
"""

from .._async._raw import AsyncRolesWithRawResponse
from .._async.roles import AsyncRoles
from .._requests.roles import parse_role, parse_roles
from .._sync._raw import RolesWithRawResponse
from .._sync.roles import Roles

__all__ = [
    "AsyncRoles",
    "AsyncRolesWithRawResponse",
    "Roles",
    "RolesWithRawResponse",
    "parse_role",
    "parse_roles",
]
