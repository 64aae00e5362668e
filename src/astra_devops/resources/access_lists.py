"""`client.access_lists`: the IP access lists that guard each database."""

from .._async._raw import AsyncAccessListsWithRawResponse
from .._async.access_lists import AsyncAccessLists
from .._requests.access_lists import parse_access_list
from .._sync._raw import AccessListsWithRawResponse
from .._sync.access_lists import AccessLists

__all__ = [
    "AccessLists",
    "AccessListsWithRawResponse",
    "AsyncAccessLists",
    "AsyncAccessListsWithRawResponse",
    "parse_access_list",
]
