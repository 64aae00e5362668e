"""`client.organizations`: the organization behind the token."""

from .._async._raw import AsyncOrganizationsWithRawResponse
from .._async.organizations import AsyncOrganizations
from .._sync._raw import OrganizationsWithRawResponse
from .._sync.organizations import Organizations

__all__ = [
    "AsyncOrganizations",
    "AsyncOrganizationsWithRawResponse",
    "Organizations",
    "OrganizationsWithRawResponse",
]
