"""Request builders, checks and parsers of `client.roles`: no I/O, so both clients share them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx
from astra_devops_api.models.role import Role

from .. import _operations as ops
from .. import _quirks, _validate
from .._parsing import parse_model
from ..errors import APIResponseValidationError, ConfigurationError

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
