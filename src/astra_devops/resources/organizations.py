"""`client.organizations`: the organization behind the token."""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models.organization import Organization

from .. import _operations as ops
from .._parsing import parse_model
from .._resource import AsyncResource, Headers, SyncResource, async_raw_response, per_call, raw_response


class Organizations(SyncResource):
    """The token's organization."""

    @cached_property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return OrganizationsWithRawResponse(self)

    @per_call
    def current(self, *, extra_headers: Headers | None = None) -> Organization:
        """The organization this token belongs to (its id and name)."""
        return parse_model(Organization, *self._json(ops.get_current_organization().request()))


class AsyncOrganizations(AsyncResource):
    """The token's organization (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncOrganizationsWithRawResponse(self)

    @per_call
    async def current(self, *, extra_headers: Headers | None = None) -> Organization:
        """The organization this token belongs to (its id and name)."""
        return parse_model(Organization, *await self._json(ops.get_current_organization().request()))


class OrganizationsWithRawResponse:
    """`client.organizations.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, organizations: Organizations) -> None:
        self.current = raw_response(organizations.current)


class AsyncOrganizationsWithRawResponse:
    """`client.organizations.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, organizations: AsyncOrganizations) -> None:
        self.current = async_raw_response(organizations.current)
