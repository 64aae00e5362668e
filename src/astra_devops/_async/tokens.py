"""The methods of `client.tokens` (asynchronous)."""

from __future__ import annotations

import builtins

from astra_devops_api.models.client_role import ClientRole
from astra_devops_api.models.client_role_list import ClientRoleList
from astra_devops_api.models.generate_token_response import GenerateTokenResponse

from .. import _operations as ops
from .. import _validate
from .._endpoints import NO_BODY, one
from .._parsing import parse_model
from .._requests.tokens import CLIENTS, Ids, create_request
from .._resource import Headers, per_call
from ._endpoints import AsyncReadAll, async_endpoint, async_read
from ._raw import AsyncTokensWithRawResponse
from ._resource import AsyncResource


class AsyncTokens(AsyncResource[AsyncTokensWithRawResponse]):
    """Application tokens. The secret and token are shown once, in `create`'s answer (asynchronous)."""

    list = async_read[AsyncReadAll[builtins.list[ClientRole]]](CLIENTS)

    @per_call
    async def create(
        self, roles: Ids, *, description: str | None = None, extra_headers: Headers | None = None
    ) -> GenerateTokenResponse:
        """Create a token with these role ids; keep `.token` safe, it cannot be read again.

        Args:
            roles: The role ids to give, a list (a lone string is refused).
            description: A note shown with the token; None sends none.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        return parse_model(GenerateTokenResponse, *await self._json(create_request(roles, description)))

    @per_call
    async def delete(self, client_id: str, *, extra_headers: Headers | None = None) -> None:
        """Revoke a token by its client id.

        Args:
            client_id: The token's client id (`ClientRole.client_id`).
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        await self._send(ops.delete_token_for_client(_validate.identifier(client_id, "client_id")).request())

    list_for_organization = async_endpoint(ops.get_tokens_for_org, one(ClientRoleList))
    create_for_organization = async_endpoint(ops.create_token, one(GenerateTokenResponse))
    delete_for_organization = async_endpoint(ops.delete_token, NO_BODY)
