"""Request builders, checks and parsers of `client.tokens`: no I/O, so both clients share them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx
from astra_devops_api.models.client_role_list import ClientRoleList
from astra_devops_api.types import UNSET

from .. import _operations as ops
from .. import _validate
from .._endpoints import Read
from .._parsing import parse_model

if TYPE_CHECKING:
    from astra_devops_api.models.client_role import ClientRole


Ids = list[str]


def parse_clients(data: Any, response: httpx.Response) -> list[ClientRole]:
    """The clients of `{"clients": [...]}` (seeds 003 and 004, Managing tokens)."""
    return parse_model(ClientRoleList, data, response).clients


CLIENTS = Read(
    ops.get_clients_for_org,
    parse_clients,
    "Every token's client id and roles (never the secrets).",
    "builtins.list[ClientRole]",
)


def create_request(roles: list[str], description: str | None) -> dict[str, Any]:
    from astra_devops_api.models.generate_token_body import GenerateTokenBody

    body = GenerateTokenBody(roles=_validate.id_list(roles, "roles"), description=description or UNSET)
    return ops.generate_token_for_client(body=body).request()
