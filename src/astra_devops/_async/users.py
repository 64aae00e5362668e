"""The methods of `client.users` (asynchronous)."""

from __future__ import annotations

import builtins

from astra_devops_api.models.user_response import UserResponse

from .. import _operations as ops
from .. import _validate
from .._requests.users import USER, USERS, Ids, check_email, invite_request, roles_request
from .._resource import Headers, per_call
from ._endpoints import AsyncReadAll, AsyncReadUser, async_read
from ._raw import AsyncUsersWithRawResponse
from ._resource import AsyncResource


class AsyncUsers(AsyncResource[AsyncUsersWithRawResponse]):
    """Users of the organization (asynchronous)."""

    list = async_read[AsyncReadAll[builtins.list[UserResponse]]](USERS)
    get = async_read[AsyncReadUser[UserResponse]](USER)

    @per_call
    async def invite(
        self, email: str, roles: Ids, *, org_id: str | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Invite someone (or resend an invitation) with these role ids; `org_id` defaults to the token's.

        Args:
            email: The address the invitation goes to.
            roles: The role ids to give, a list (a lone string is refused).
            org_id: The organization to invite into; None: the token's own organization.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        check_email(email)
        _validate.id_list(roles, "roles")
        organization = org_id or (await self._client.organizations.current()).id
        await self._send(invite_request(email, roles, organization), idempotent=True)

    @per_call
    async def remove(self, user_id: str, *, extra_headers: Headers | None = None) -> None:
        """Remove a user from the organization, or withdraw an invitation.

        Args:
            user_id: The user's id.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        await self._send(
            ops.remove_user_from_organization(_validate.identifier(user_id, "user_id")).request()
        )

    @per_call
    async def update_roles(self, user_id: str, roles: Ids, *, extra_headers: Headers | None = None) -> None:
        """Replace a user's roles.

        Args:
            user_id: The user's id.
            roles: The role ids the user holds from now on (the others are removed).
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        await self._send(roles_request(user_id, roles))
