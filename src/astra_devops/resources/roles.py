"""`client.roles`: the organization's roles and their policies.

`create(..., if_exists="return")` returns the role of that name instead of failing ("error"
raises ConfigurationError before any create); `delete(..., missing_ok=True)` returns when the
role is already gone: both safe to repeat.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx
from astra_devops_api.models.role import Role

from .. import _operations as ops
from .. import _quirks, _validate
from .._parsing import parse_model
from .._resource import AsyncResource, Headers, SyncResource, async_raw_response, per_call, raw_response
from ..errors import APIResponseValidationError, ConfigurationError, NotFoundError

if TYPE_CHECKING:
    from astra_devops_api.models.policy import Policy

    PolicyArg = Policy | Mapping[str, Any]


def policy_of(policy: PolicyArg) -> Policy:
    """A request policy, checked against the contract's action names before anything is sent."""
    from astra_devops_api.models.policy import Policy

    if isinstance(policy, Policy):
        return policy
    if not isinstance(policy, Mapping):
        raise ConfigurationError(f"policy must be a Policy or a mapping, got {type(policy).__name__}")
    try:
        return Policy.from_dict(policy)
    except (KeyError, ValueError, TypeError) as exc:
        raise ConfigurationError(
            f"invalid policy: {exc!r} (needs description, resources, actions, effect)"
        ) from None


def parse_role(data: Any, response: httpx.Response) -> Role:
    """A role in the contract's Role casing, whatever the answer's casing (create and update
    answers spell the policy `Policy`, seed 003), its policy decoded from JSON text into a
    RolePolicy (the contract declares the policy without a type: JSON text or the object)."""
    from astra_devops_api.models.role_policy import RolePolicy

    try:
        normalized = _quirks.role(data)
    except ValueError as exc:
        raise APIResponseValidationError(response, f"cannot read the role's policy: {exc}") from None
    role = parse_model(Role, normalized, response)
    if isinstance(role.policy, Mapping):
        role.policy = parse_model(RolePolicy, role.policy, response)
    return role


def parse_roles(data: Any, response: httpx.Response) -> list[Role]:
    if not isinstance(data, list):
        raise APIResponseValidationError(
            response, f"expected a JSON array of roles, got {type(data).__name__}"
        )
    return [parse_role(item, response) for item in data]


def create_request(name: str, policy: PolicyArg) -> dict[str, Any]:
    from astra_devops_api.models.create_role_request import CreateRoleRequest

    body = CreateRoleRequest(name=_validate.identifier(name, "name"), policy=policy_of(policy))
    return ops.add_organization_role(body=body).request()


def update_request(role_id: str, name: str, policy: PolicyArg) -> dict[str, Any]:
    from astra_devops_api.models.update_role_request import UpdateRoleRequest

    body = UpdateRoleRequest(name=_validate.identifier(name, "name"), policy=policy_of(policy))
    return ops.update_role(_validate.identifier(role_id, "role_id"), body=body).request()


def named(roles: list[Role], name: str, if_exists: str) -> Role | None:
    """The role called `name` (with `if_exists="error"`, ConfigurationError if there is one)."""
    found = next((role for role in roles if role.name == name), None)
    if found is not None and if_exists == "error":
        raise ConfigurationError(f"a role named {name!r} already exists: {found.id}")
    return found


def if_exists_choice(if_exists: str | None) -> str | None:
    return None if if_exists is None else _validate.choice(if_exists, "if_exists", ("error", "return"))


class Roles(SyncResource):
    """Roles of the organization: default ones and custom ones with a policy."""

    @cached_property
    def with_raw_response(self) -> RolesWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return RolesWithRawResponse(self)

    @per_call
    def list(self, *, extra_headers: Headers | None = None) -> builtins.list[Role]:
        """Every role, its policy decoded."""
        return parse_roles(*self._json(ops.get_organization_roles().request()))

    @per_call
    def get(self, role_id: str, *, extra_headers: Headers | None = None) -> Role:
        """One role."""
        request = ops.get_organization_role(_validate.identifier(role_id, "role_id")).request()
        return parse_role(*self._json(request))

    @per_call
    def create(
        self,
        name: str,
        policy: PolicyArg,
        *,
        if_exists: str | None = None,
        extra_headers: Headers | None = None,
    ) -> Role:
        """Create a custom role; `policy`: a Policy or a mapping (description, resources, actions, effect).

        `if_exists="return"`: the role already called `name` is returned as it is; `"error"`: it raises.
        """
        request, choice = create_request(name, policy), if_exists_choice(if_exists)
        found = named(self.list(), name.strip(), choice) if choice else None
        return found or parse_role(*self._json(request))

    @per_call
    def update(
        self, role_id: str, name: str, policy: PolicyArg, *, extra_headers: Headers | None = None
    ) -> Role | None:
        """Replace a role's name and policy; returns the role when the API sends it back."""
        data, response = self._json(update_request(role_id, name, policy))
        return None if data is None else parse_role(data, response)

    @per_call
    def delete(self, role_id: str, *, missing_ok: bool = False, extra_headers: Headers | None = None) -> None:
        """Delete a custom role; users and tokens holding it lose its access (`missing_ok`: gone is fine)."""
        try:
            self._send(ops.delete_organization_role(_validate.identifier(role_id, "role_id")).request())
        except NotFoundError:
            if not missing_ok:
                raise


class AsyncRoles(AsyncResource):
    """Roles of the organization: default ones and custom ones with a policy (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncRolesWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncRolesWithRawResponse(self)

    @per_call
    async def list(self, *, extra_headers: Headers | None = None) -> builtins.list[Role]:
        """Every role, its policy decoded."""
        return parse_roles(*await self._json(ops.get_organization_roles().request()))

    @per_call
    async def get(self, role_id: str, *, extra_headers: Headers | None = None) -> Role:
        """One role."""
        request = ops.get_organization_role(_validate.identifier(role_id, "role_id")).request()
        return parse_role(*await self._json(request))

    @per_call
    async def create(
        self,
        name: str,
        policy: PolicyArg,
        *,
        if_exists: str | None = None,
        extra_headers: Headers | None = None,
    ) -> Role:
        """Create a custom role; `policy`: a Policy or a mapping (description, resources, actions, effect).

        `if_exists="return"`: the role already called `name` is returned as it is; `"error"`: it raises.
        """
        request, choice = create_request(name, policy), if_exists_choice(if_exists)
        found = named(await self.list(), name.strip(), choice) if choice else None
        return found or parse_role(*await self._json(request))

    @per_call
    async def update(
        self, role_id: str, name: str, policy: PolicyArg, *, extra_headers: Headers | None = None
    ) -> Role | None:
        """Replace a role's name and policy; returns the role when the API sends it back."""
        data, response = await self._json(update_request(role_id, name, policy))
        return None if data is None else parse_role(data, response)

    @per_call
    async def delete(
        self, role_id: str, *, missing_ok: bool = False, extra_headers: Headers | None = None
    ) -> None:
        """Delete a custom role; users and tokens holding it lose its access (`missing_ok`: gone is fine)."""
        try:
            await self._send(ops.delete_organization_role(_validate.identifier(role_id, "role_id")).request())
        except NotFoundError:
            if not missing_ok:
                raise


class RolesWithRawResponse:
    """`client.roles.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, roles: Roles) -> None:
        self.list = raw_response(roles.list)
        self.get = raw_response(roles.get)
        self.create = raw_response(roles.create)
        self.update = raw_response(roles.update)
        self.delete = raw_response(roles.delete)


class AsyncRolesWithRawResponse:
    """`client.roles.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, roles: AsyncRoles) -> None:
        self.list = async_raw_response(roles.list)
        self.get = async_raw_response(roles.get)
        self.create = async_raw_response(roles.create)
        self.update = async_raw_response(roles.update)
        self.delete = async_raw_response(roles.delete)
