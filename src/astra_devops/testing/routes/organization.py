"""The organization: who it is, its roles, users and tokens (seeds 003 and 004 give the shapes)."""

from __future__ import annotations

import json
import secrets
from typing import Any

from astra_devops_api.models.policy_actions_item import PolicyActionsItem

from .._http import Reply, Request, Route
from .._state import new_id, timestamp
from .._world import World, name, strings, text

ACTIONS = {action.value for action in PolicyActionsItem}
# Seed 003: role create and update answer with an empty update time and the acting client.
_UNSTAMPED = {"LastUpdateDateTime": "", "LastUpdateUserID": "wsbCtHyXCfuSHkBpPpnNkCCW"}


def routes(world: World) -> list[Route]:
    api = _Organization(world)
    return [
        Route("GET", "/v2/currentOrg", api.current),
        Route("GET", "/v2/organizations/roles", api.list_roles),
        Route("POST", "/v2/organizations/roles", api.create_role),
        Route("GET", "/v2/organizations/roles/{roleID}", api.get_role),
        Route("PUT", "/v2/organizations/roles/{roleID}", api.update_role),
        Route("DELETE", "/v2/organizations/roles/{roleID}", api.delete_role),
        Route("GET", "/v2/organizations/users", api.list_users),
        Route("PUT", "/v2/organizations/users", api.invite_user),
        Route("GET", "/v2/organizations/users/{userID}", api.get_user),
        Route("DELETE", "/v2/organizations/users/{userID}", api.remove_user),
        Route("PUT", "/v2/organizations/users/{userID}/roles", api.update_user_roles),
        Route("GET", "/v2/clientIdSecrets", api.list_clients),
        Route("POST", "/v2/clientIdSecrets", api.create_client),
        Route("DELETE", "/v2/clientIdSecrets/{clientId}", api.delete_client),
        Route("GET", "/v2/tokens", api.list_clients),
        Route("POST", "/v2/tokens", api.create_client),
        Route("DELETE", "/v2/tokens", api.delete_token),
    ]


class _Organization:
    def __init__(self, world: World) -> None:
        self.world = world
        self.org = world.org

    def current(self, request: Request) -> Reply:
        return Reply(200, {"id": self.org.id, "name": self.org.name})

    def list_roles(self, request: Request) -> Reply:
        return Reply(200, [_listed_role(role) for role in self.org.roles.values()])

    def create_role(self, request: Request) -> Reply:
        role_name, policy = _valid_role(request.json())
        if any(role["Name"] == role_name for role in self.org.roles.values()):
            raise Reply(409, "unable to create role")
        role_id = new_id()
        self.org.roles[role_id] = {"ID": role_id, "Name": role_name, "Type": "custom", "Policy": policy}
        return Reply(201, {"OrgID": self.org.id, **self.org.roles[role_id], **_UNSTAMPED})

    def _role(self, role_id: str) -> dict[str, Any]:
        role = self.org.roles.get(role_id)
        if role is None:
            raise Reply(404, "unable to get role for organization")
        return role

    def get_role(self, request: Request, role_id: str) -> Reply:
        role = self._role(role_id)
        return Reply(200, {"ID": role["ID"], "Name": role["Name"], "policy": role["Policy"]})

    def update_role(self, request: Request, role_id: str) -> Reply:
        role_name, policy = _valid_role(request.json())
        role = self._role(role_id)
        role.update(Name=role_name, Policy=policy)
        return Reply(200, {"OrgID": self.org.id, **role, **_UNSTAMPED})

    def delete_role(self, request: Request, role_id: str) -> Reply:
        self._role(role_id)
        del self.org.roles[role_id]
        return Reply(204)

    def list_users(self, request: Request) -> Reply:
        users = list(self.org.users.values())
        return Reply(200, {"OrgID": self.org.id, "OrgName": self.org.name, "Users": users})

    def _user(self, user_id: str) -> dict[str, Any]:
        user = self.org.users.get(user_id)
        if user is None:
            raise Reply.error(404, f"user {user_id} not found")
        return user

    def get_user(self, request: Request, user_id: str) -> Reply:
        return Reply(200, self._user(user_id))

    def invite_user(self, request: Request) -> Reply:
        body = request.object()
        email = text(body, "email")
        if "@" not in email:
            raise Reply.error(400, "email must be an email address")
        refs = self._role_refs(body.get("roles"))
        existing = [user for user in self.org.users.values() if user["Email"] == email]
        if existing:
            existing[0]["Roles"] = refs
            return Reply(200)
        user_id = new_id()
        self.org.users[user_id] = {"UserID": user_id, "Email": email, "Status": "invited", "Roles": refs}
        return Reply(200)

    def _role_refs(self, role_ids: Any) -> list[dict[str, str]]:
        return [
            {"ID": role_id, "Name": self._role(role_id)["Name"]} for role_id in strings(role_ids, "roles")
        ]

    def _token_roles(self, role_ids: Any) -> list[str]:
        """Token operations document no 404: an unknown role is a 400 there."""
        roles = strings(role_ids, "roles")
        unknown = [role_id for role_id in roles if role_id not in self.org.roles]
        if unknown:
            raise Reply.error(400, f"unknown roles {unknown}")
        return roles

    def remove_user(self, request: Request, user_id: str) -> Reply:
        self._user(user_id)
        del self.org.users[user_id]
        return Reply(204)

    def update_user_roles(self, request: Request, user_id: str) -> Reply:
        refs = self._role_refs(request.object().get("roles"))
        self._user(user_id)["Roles"] = refs
        return Reply(204)

    def list_clients(self, request: Request) -> Reply:
        clients = [{k: v for k, v in client.items() if k != "token"} for client in self.org.clients.values()]
        return Reply(200, {"clients": clients})

    def create_client(self, request: Request) -> Reply:
        body = request.object()
        roles = self._token_roles(body.get("roles"))
        description = text(body, "description", required=False)
        client_id, secret = secrets.token_hex(12), secrets.token_urlsafe(32)
        token = f"AstraCS:{client_id}:{secrets.token_hex(32)}"
        generated = timestamp()
        self.org.clients[client_id] = {
            "clientId": client_id,
            "roles": roles,
            "generatedOn": generated,
            "token": token,
        }
        answer = {
            "clientId": client_id,
            "secret": secret,
            "orgId": self.org.id,
            "roles": roles,
            "token": token,
        }
        if description:
            answer["description"] = description
        return Reply(200, {**answer, "generatedOn": generated})

    def _forget_client(self, client_id: str) -> Reply:
        if self.org.clients.pop(client_id, None) is None:
            raise Reply.error(400, f"client {client_id} not found")
        return Reply(200)

    def delete_client(self, request: Request, client_id: str) -> Reply:
        return self._forget_client(client_id)

    def delete_token(self, request: Request) -> Reply:
        client_id = request.arg("clientId")
        if not client_id:
            raise Reply.error(400, "clientId is required")
        return self._forget_client(client_id)


def _valid_role(body: Any) -> tuple[str, str]:
    """A role's name and its policy, kept as the JSON string the live API answers (seed 003)."""
    if not isinstance(body, dict) or not isinstance(body.get("policy"), dict):
        raise Reply.error(400, "name and policy are required")
    role_name, policy = name(body), body["policy"]
    actions = strings(policy.get("actions"), "policy.actions")
    unknown = sorted(set(actions) - ACTIONS)
    if unknown:
        raise Reply.error(400, f"unknown policy actions {unknown}")
    if policy.get("effect") != "allow":
        raise Reply.error(400, "policy.effect must be allow")
    resources = strings(policy.get("resources"), "policy.resources")
    description = text(policy, "description", required=False)
    kept = {"description": description, "resources": resources, "actions": actions, "effect": "allow"}
    return role_name, json.dumps(kept)


def _listed_role(role: dict[str, Any]) -> dict[str, Any]:
    """The role list uses a lowercase `policy` key (seed 003) where create answers `Policy`."""
    return {"ID": role["ID"], "Name": role["Name"], "Type": role["Type"], "policy": role["Policy"]}
