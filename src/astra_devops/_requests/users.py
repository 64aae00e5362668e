"""Request builders, checks and parsers of `client.users`: no I/O, so both clients share them."""

from __future__ import annotations

import re
from typing import Any

import httpx
from astra_devops_api.models.user_response import UserResponse

from .. import _operations as ops
from .. import _quirks, _validate
from .._endpoints import Read
from .._parsing import parse_model
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


USERS = Read(
    ops.get_organization_users, parse_users, "Every user, with their roles.", "builtins.list[UserResponse]"
)
USER = Read(ops.get_organization_user, parse_user, "One user.", "UserResponse")


def invite_request(email: str, roles: list[str], org_id: str) -> dict[str, Any]:
    from astra_devops_api.models.user_invite import UserInvite

    body = UserInvite(email=email, org_id=org_id, roles=_validate.id_list(roles, "roles"))
    return ops.invite_user_to_organization(body=body).request()


def check_email(email: object) -> str:
    if not isinstance(email, str) or not _EMAIL.fullmatch(email):
        raise ConfigurationError(f"email must be an email address (name@example.com), got {email!r}")
    return email


def roles_request(user_id: str, roles: list[str]) -> dict[str, Any]:
    from astra_devops_api.models.role_invite_request import RoleInviteRequest

    body = RoleInviteRequest(roles=_validate.id_list(roles, "roles"))
    return ops.update_roles_for_user_in_organization(
        _validate.identifier(user_id, "user_id"), body=body
    ).request()
