"""Base classes of the resource groups (`client.databases`, `client.roles`, ...).

A resource method builds its request with the generated endpoint's `_get_kwargs`, so
paths, parameter names and bodies always come from the contract, and sends it through
the client's transport, which adds auth, timeouts, retries and typed errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._transport import Timeout as Timeout
from ._transport import json_body

if TYPE_CHECKING:
    from ._client import AstraDevOps, AsyncAstraDevOps


class SyncResource:
    """A group of operations of the synchronous client."""

    def __init__(self, client: AstraDevOps) -> None:
        self._client = client
        self._http = client._http

    def _send(
        self, request: Mapping[str, Any], *, idempotent: bool | None = None, timeout: Timeout = None
    ) -> httpx.Response:
        return self._http.send(request, idempotent=idempotent, timeout=timeout)

    def _json(
        self, request: Mapping[str, Any], *, idempotent: bool | None = None, timeout: Timeout = None
    ) -> tuple[Any, httpx.Response]:
        response = self._send(request, idempotent=idempotent, timeout=timeout)
        return json_body(response), response


class AsyncResource:
    """A group of operations of the asynchronous client."""

    def __init__(self, client: AsyncAstraDevOps) -> None:
        self._client = client
        self._http = client._http

    async def _send(
        self, request: Mapping[str, Any], *, idempotent: bool | None = None, timeout: Timeout = None
    ) -> httpx.Response:
        return await self._http.send(request, idempotent=idempotent, timeout=timeout)

    async def _json(
        self, request: Mapping[str, Any], *, idempotent: bool | None = None, timeout: Timeout = None
    ) -> tuple[Any, httpx.Response]:
        response = await self._send(request, idempotent=idempotent, timeout=timeout)
        return json_body(response), response
