"""The methods of `client.roles` (asynchronous)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from astra_devops_api.models.role import Role

from .. import _operations as ops
from .. import _validate
from .._requests.roles import ROLE, ROLES, create_request, if_exists_choice, named, parse_role, update_request
from .._resource import Headers, per_call
from ..errors import NotFoundError
from ._endpoints import AsyncReadAll, AsyncReadRole, async_read
from ._raw import AsyncRolesWithRawResponse
from ._resource import AsyncResource

if TYPE_CHECKING:
    from .._requests.roles import PolicyArg


class AsyncRoles(AsyncResource[AsyncRolesWithRawResponse]):
    """Roles of the organization: default ones and custom ones with a policy (asynchronous)."""

    list = async_read[AsyncReadAll[builtins.list[Role]]](ROLES)
    get = async_read[AsyncReadRole[Role]](ROLE)

    @per_call
    async def create(
        self,
        name: str,
        policy: PolicyArg,
        *,
        if_exists: _validate.IfExists | None = None,
        extra_headers: Headers | None = None,
    ) -> Role:
        """Create a custom role; `policy`: a Policy or a mapping (description, resources, actions, effect).

        `if_exists="return"`: the role already called `name` is returned as it is; `"error"`: it raises.

        Args:
            name: The role's name.
            policy: What the role allows: a Policy, or a mapping with `description`, `resources` (resource
                names), `actions` (the contract's action names) and `effect` (`allow`).
            if_exists: `return`: the role already called `name` is returned as it is; `error`:
                ConfigurationError; None does not look.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        request, choice = create_request(name, policy), if_exists_choice(if_exists)
        found = named(await self.list(), name.strip(), choice) if choice else None
        return found or parse_role(*await self._json(request))

    @per_call
    async def update(
        self, role_id: str, name: str, policy: PolicyArg, *, extra_headers: Headers | None = None
    ) -> Role | None:
        """Replace a role's name and policy; returns the role when the API sends it back.

        Args:
            role_id: The role's id.
            name: The role's new name (or its name, unchanged).
            policy: What the role allows: a Policy, or a mapping with `description`, `resources` (resource
                names), `actions` (the contract's action names) and `effect` (`allow`).
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        data, response = await self._json(update_request(role_id, name, policy))
        return None if data is None else parse_role(data, response)

    @per_call
    async def delete(
        self, role_id: str, *, missing_ok: bool = False, extra_headers: Headers | None = None
    ) -> None:
        """Delete a custom role; users and tokens holding it lose its access (`missing_ok`: gone is fine).

        Args:
            role_id: The role's id.
            missing_ok: A role already gone is not an error.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        try:
            await self._send(ops.delete_organization_role(_validate.identifier(role_id, "role_id")).request())
        except NotFoundError:
            if not missing_ok:
                raise
