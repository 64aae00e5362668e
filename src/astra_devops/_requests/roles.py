"""Request builders, checks and parsers of `client.roles`: no I/O, so both clients share them."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

import httpx
from astra_devops_api.models.role import Role

from .. import _operations as ops
from .. import _quirks, _validate
from .._endpoints import Read
from .._parsing import parse_model
from ..errors import APIResponseValidationError, ConfigurationError

if TYPE_CHECKING:
    from astra_devops_api.models.policy import Policy

    PolicyArg = Policy | Mapping[str, Any]


def policy_of(policy: PolicyArg) -> Policy:
    """A request policy, checked against the contract's action names and effects before anything
    is sent; a Policy built with plain strings (`effect="allow"`) is read like a mapping."""
    from astra_devops_api.models.policy import Policy

    if isinstance(policy, Policy):
        policy = _plain(policy)
    if not isinstance(policy, Mapping):
        raise ConfigurationError(f"policy must be a Policy or a mapping, got {type(policy).__name__}")
    missing = [key for key in POLICY_KEYS if key not in policy]
    if missing:
        raise ConfigurationError(f"policy needs {', '.join(POLICY_KEYS)}; {', '.join(missing)} missing")
    _check_policy(policy)
    try:
        return Policy.from_dict(policy)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise ConfigurationError(f"invalid policy: {exc} (needs {', '.join(POLICY_KEYS)})") from None


POLICY_KEYS = ("description", "resources", "actions", "effect")


def _plain(policy: Policy) -> dict[str, Any]:
    """A Policy's fields as sent, whether its enums hold members or plain strings."""
    actions: object = policy.actions
    if isinstance(actions, list | tuple):
        actions = [getattr(action, "value", action) for action in actions]
    return {
        **policy.additional_properties,
        "description": policy.description,
        "resources": policy.resources,
        "actions": actions,
        "effect": getattr(policy.effect, "value", policy.effect),
    }


def _check_policy(policy: Mapping[str, Any]) -> None:
    from astra_devops_api.models.policy_actions_item import PolicyActionsItem
    from astra_devops_api.models.policy_effect import PolicyEffect

    effect = getattr(policy["effect"], "value", policy["effect"])
    _validate.choice(effect, "policy effect", _values(PolicyEffect))
    actions = policy["actions"]
    if isinstance(actions, str) or not isinstance(actions, list | tuple) or not actions:
        raise ConfigurationError(f"policy actions must be a non-empty list of action names, got {actions!r}")
    for action in actions:
        _validate.choice(getattr(action, "value", action), "policy action", _values(PolicyActionsItem))


def _values(enum: type[Enum]) -> list[str]:
    return [str(member.value) for member in enum]


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


ROLES = Read(
    ops.get_organization_roles, parse_roles, "Every role, its policy decoded.", "builtins.list[Role]"
)
ROLE = Read(ops.get_organization_role, parse_role, "One role.", "Role")


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
