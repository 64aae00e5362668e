# Generated from _async/organizations.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.organizations`."""

from __future__ import annotations

from astra_devops_api.models.organization import Organization

from .. import _operations as ops
from .._parsing import parse_model
from .._resource import Headers, per_call
from ._raw import OrganizationsWithRawResponse
from ._resource import SyncResource


class Organizations(SyncResource[OrganizationsWithRawResponse]):
    """The token's organization."""

    @per_call
    def current(self, *, extra_headers: Headers | None = None) -> Organization:
        """The organization this token belongs to (its id and name).

        Args:
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        return parse_model(Organization, *self._json(ops.get_current_organization().request()))
