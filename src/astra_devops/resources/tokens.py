"""`client.tokens`: application tokens (client id, secret and token) of the organization."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx
from astra_devops_api.models.client_role_list import ClientRoleList
from astra_devops_api.models.generate_token_response import GenerateTokenResponse
from astra_devops_api.types import UNSET

from .. import _operations as ops
from .. import _validate
from .._endpoints import NO_BODY, async_endpoint, endpoint, one
from .._parsing import parse_model
from .._resource import AsyncResource, Headers, SyncResource, async_raw_response, per_call, raw_response

if TYPE_CHECKING:
    from astra_devops_api.models.client_role import ClientRole

Ids = list[str]


def parse_clients(data: Any, response: httpx.Response) -> list[ClientRole]:
    """The clients of `{"clients": [...]}` (seeds 003 and 004, Managing tokens)."""
    return parse_model(ClientRoleList, data, response).clients


def create_request(roles: list[str], description: str | None) -> dict[str, Any]:
    from astra_devops_api.models.generate_token_body import GenerateTokenBody

    body = GenerateTokenBody(roles=_validate.id_list(roles, "roles"), description=description or UNSET)
    return ops.generate_token_for_client(body=body).request()


class Tokens(SyncResource):
    """Application tokens. The secret and token are shown once, in `create`'s answer."""

    @cached_property
    def with_raw_response(self) -> TokensWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return TokensWithRawResponse(self)

    @per_call
    def list(self, *, extra_headers: Headers | None = None) -> builtins.list[ClientRole]:
        """Every token's client id and roles (never the secrets)."""
        return parse_clients(*self._json(ops.get_clients_for_org().request()))

    @per_call
    def create(
        self, roles: Ids, *, description: str | None = None, extra_headers: Headers | None = None
    ) -> GenerateTokenResponse:
        """Create a token with these role ids; keep `.token` safe, it cannot be read again."""
        return parse_model(GenerateTokenResponse, *self._json(create_request(roles, description)))

    @per_call
    def delete(self, client_id: str, *, extra_headers: Headers | None = None) -> None:
        """Revoke a token by its client id."""
        self._send(ops.delete_token_for_client(_validate.identifier(client_id, "client_id")).request())

    list_for_organization = endpoint(ops.get_tokens_for_org, one(ClientRoleList))
    create_for_organization = endpoint(ops.create_token, one(GenerateTokenResponse))
    delete_for_organization = endpoint(ops.delete_token, NO_BODY)


class AsyncTokens(AsyncResource):
    """Application tokens. The secret and token are shown once, in `create`'s answer (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncTokensWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncTokensWithRawResponse(self)

    @per_call
    async def list(self, *, extra_headers: Headers | None = None) -> builtins.list[ClientRole]:
        """Every token's client id and roles (never the secrets)."""
        return parse_clients(*await self._json(ops.get_clients_for_org().request()))

    @per_call
    async def create(
        self, roles: Ids, *, description: str | None = None, extra_headers: Headers | None = None
    ) -> GenerateTokenResponse:
        """Create a token with these role ids; keep `.token` safe, it cannot be read again."""
        return parse_model(GenerateTokenResponse, *await self._json(create_request(roles, description)))

    @per_call
    async def delete(self, client_id: str, *, extra_headers: Headers | None = None) -> None:
        """Revoke a token by its client id."""
        await self._send(ops.delete_token_for_client(_validate.identifier(client_id, "client_id")).request())

    list_for_organization = async_endpoint(ops.get_tokens_for_org, one(ClientRoleList))
    create_for_organization = async_endpoint(ops.create_token, one(GenerateTokenResponse))
    delete_for_organization = async_endpoint(ops.delete_token, NO_BODY)


class TokensWithRawResponse:
    """`client.tokens.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, tokens: Tokens) -> None:
        self.list = raw_response(tokens.list)
        self.create = raw_response(tokens.create)
        self.delete = raw_response(tokens.delete)
        self.list_for_organization = raw_response(tokens.list_for_organization)
        self.create_for_organization = raw_response(tokens.create_for_organization)
        self.delete_for_organization = raw_response(tokens.delete_for_organization)


class AsyncTokensWithRawResponse:
    """`client.tokens.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, tokens: AsyncTokens) -> None:
        self.list = async_raw_response(tokens.list)
        self.create = async_raw_response(tokens.create)
        self.delete = async_raw_response(tokens.delete)
        self.list_for_organization = async_raw_response(tokens.list_for_organization)
        self.create_for_organization = async_raw_response(tokens.create_for_organization)
        self.delete_for_organization = async_raw_response(tokens.delete_for_organization)
