"""`client.tokens`: application tokens (client id, secret and token) of the organization."""

from .._async._raw import AsyncTokensWithRawResponse
from .._async.tokens import AsyncTokens
from .._requests.tokens import parse_clients
from .._sync._raw import TokensWithRawResponse
from .._sync.tokens import Tokens

__all__ = ["AsyncTokens", "AsyncTokensWithRawResponse", "Tokens", "TokensWithRawResponse", "parse_clients"]
