"""`client.organizations`: the organization behind the token."""

from __future__ import annotations

from astra_devops_api.api.organization_operations import get_current_organization
from astra_devops_api.models.organization import Organization

from .._parsing import parse_model
from .._resource import AsyncResource, Headers, SyncResource, per_call


class Organizations(SyncResource):
    """The token's organization."""

    @per_call
    def current(self, *, extra_headers: Headers | None = None) -> Organization:
        """The organization this token belongs to (its id and name)."""
        return parse_model(Organization, *self._json(get_current_organization._get_kwargs()))


class AsyncOrganizations(AsyncResource):
    """The token's organization (asynchronous)."""

    @per_call
    async def current(self, *, extra_headers: Headers | None = None) -> Organization:
        """The organization this token belongs to (its id and name)."""
        return parse_model(Organization, *await self._json(get_current_organization._get_kwargs()))
