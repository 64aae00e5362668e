# Generated from _async/organizations.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.organizations`."""

from __future__ import annotations

from functools import cached_property

from astra_devops_api.models.organization import Organization

from .. import _operations as ops
from .._parsing import parse_model
from .._resource import Headers, per_call
from ._raw import OrganizationsWithRawResponse
from ._resource import SyncResource


class Organizations(SyncResource):
    """The token's organization."""

    @cached_property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return OrganizationsWithRawResponse(self)

    @per_call
    def current(self, *, extra_headers: Headers | None = None) -> Organization:
        """The organization this token belongs to (its id and name).

        Args:
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        return parse_model(Organization, *self._json(ops.get_current_organization().request()))
