"""`client.users`: members of the organization and their roles."""

from .._async._raw import AsyncUsersWithRawResponse
from .._async.users import AsyncUsers
from .._requests.users import parse_user, parse_users
from .._sync._raw import UsersWithRawResponse
from .._sync.users import Users

__all__ = [
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Users",
    "UsersWithRawResponse",
    "parse_user",
    "parse_users",
]
