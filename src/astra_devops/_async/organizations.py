"""The methods of `client.organizations` (asynchronous)."""

from __future__ import annotations

from astra_devops_api.models.organization import Organization

from .. import _operations as ops
from .._parsing import parse_model
from .._resource import Headers, per_call
from ._raw import AsyncOrganizationsWithRawResponse
from ._resource import AsyncResource


class AsyncOrganizations(AsyncResource[AsyncOrganizationsWithRawResponse]):
    """The token's organization (asynchronous)."""

    @per_call
    async def current(self, *, extra_headers: Headers | None = None) -> Organization:
        """The organization this token belongs to (its id and name).

        Args:
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        return parse_model(Organization, *await self._json(ops.get_current_organization().request()))
