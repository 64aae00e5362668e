"""`client.users`: members of the organization and their roles."""

from __future__ import annotations

import builtins
import re
from functools import cached_property
from typing import Any

import httpx
from astra_devops_api.models.user_response import UserResponse

from .. import _operations as ops
from .. import _quirks, _validate
from .._parsing import parse_model
from .._resource import AsyncResource, Headers, SyncResource, async_raw_response, per_call, raw_response
from ..errors import ConfigurationError

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")

Ids = list[str]


def parse_users(data: Any, response: httpx.Response) -> list[UserResponse]:
    """The users of a list answer (seed 003: `{"OrgID", "OrgName", "Users": [...]}`)."""
    from astra_devops_api.models.organization_users import OrganizationUsers

    return parse_model(OrganizationUsers, _quirks.users(data), response).users


def parse_user(data: Any, response: httpx.Response) -> UserResponse:
    """One user (seed 003: `{"UserID", "Email", "Status", "Roles": [...]}`), any casing."""
    return parse_model(UserResponse, _quirks.user(data), response)


def invite_request(email: str, roles: list[str], org_id: str) -> dict[str, Any]:
    from astra_devops_api.models.user_invite import UserInvite

    body = UserInvite(email=email, org_id=org_id, roles=_validate.id_list(roles, "roles"))
    return ops.invite_user_to_organization(body=body).request()


def check_email(email: object) -> str:
    if not isinstance(email, str) or not _EMAIL.fullmatch(email):
        raise ConfigurationError(f"not an email address: {email!r}")
    return email


def roles_request(user_id: str, roles: list[str]) -> dict[str, Any]:
    from astra_devops_api.models.role_invite_request import RoleInviteRequest

    body = RoleInviteRequest(roles=_validate.id_list(roles, "roles"))
    return ops.update_roles_for_user_in_organization(
        _validate.identifier(user_id, "user_id"), body=body
    ).request()


class Users(SyncResource):
    """Users of the organization."""

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return UsersWithRawResponse(self)

    @per_call
    def list(self, *, extra_headers: Headers | None = None) -> builtins.list[UserResponse]:
        """Every user, with their roles."""
        return parse_users(*self._json(ops.get_organization_users().request()))

    @per_call
    def get(self, user_id: str, *, extra_headers: Headers | None = None) -> UserResponse:
        """One user."""
        request = ops.get_organization_user(_validate.identifier(user_id, "user_id")).request()
        return parse_user(*self._json(request))

    @per_call
    def invite(
        self, email: str, roles: Ids, *, org_id: str | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Invite someone (or resend an invitation) with these role ids; `org_id` defaults to the token's."""
        check_email(email)
        _validate.id_list(roles, "roles")
        organization = org_id or self._client.organizations.current().id
        self._send(invite_request(email, roles, organization), idempotent=True)

    @per_call
    def remove(self, user_id: str, *, extra_headers: Headers | None = None) -> None:
        """Remove a user from the organization, or withdraw an invitation."""
        self._send(ops.remove_user_from_organization(_validate.identifier(user_id, "user_id")).request())

    @per_call
    def update_roles(self, user_id: str, roles: Ids, *, extra_headers: Headers | None = None) -> None:
        """Replace a user's roles."""
        self._send(roles_request(user_id, roles))


class AsyncUsers(AsyncResource):
    """Users of the organization (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncUsersWithRawResponse(self)

    @per_call
    async def list(self, *, extra_headers: Headers | None = None) -> builtins.list[UserResponse]:
        """Every user, with their roles."""
        return parse_users(*await self._json(ops.get_organization_users().request()))

    @per_call
    async def get(self, user_id: str, *, extra_headers: Headers | None = None) -> UserResponse:
        """One user."""
        request = ops.get_organization_user(_validate.identifier(user_id, "user_id")).request()
        return parse_user(*await self._json(request))

    @per_call
    async def invite(
        self, email: str, roles: Ids, *, org_id: str | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Invite someone (or resend an invitation) with these role ids; `org_id` defaults to the token's."""
        check_email(email)
        _validate.id_list(roles, "roles")
        organization = org_id or (await self._client.organizations.current()).id
        await self._send(invite_request(email, roles, organization), idempotent=True)

    @per_call
    async def remove(self, user_id: str, *, extra_headers: Headers | None = None) -> None:
        """Remove a user from the organization, or withdraw an invitation."""
        await self._send(
            ops.remove_user_from_organization(_validate.identifier(user_id, "user_id")).request()
        )

    @per_call
    async def update_roles(self, user_id: str, roles: Ids, *, extra_headers: Headers | None = None) -> None:
        """Replace a user's roles."""
        await self._send(roles_request(user_id, roles))


class UsersWithRawResponse:
    """`client.users.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, users: Users) -> None:
        self.list = raw_response(users.list)
        self.get = raw_response(users.get)
        self.invite = raw_response(users.invite)
        self.remove = raw_response(users.remove)
        self.update_roles = raw_response(users.update_roles)


class AsyncUsersWithRawResponse:
    """`client.users.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, users: AsyncUsers) -> None:
        self.list = async_raw_response(users.list)
        self.get = async_raw_response(users.get)
        self.invite = async_raw_response(users.invite)
        self.remove = async_raw_response(users.remove)
        self.update_roles = async_raw_response(users.update_roles)
