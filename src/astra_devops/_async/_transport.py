"""`AsyncTransport`: the asynchronous sending over one pooled httpx.AsyncClient; `_transport`
holds every decision it takes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import httpx

from .. import _reader, _retry
from .._constants import MAX_BUNDLE_BYTES, MAX_RESPONSE_BYTES
from .._deadline import Deadline
from .._transport import (
    POOL_LIMITS,
    Outcome,
    Timeout,
    _Body,
    _complete,
    _Cookieless,
    _install,
    _Shared,
    _shrunk,
    _staging,
    _tls,
    _unreadable,
    _unsendable,
    asleep,
    check_destination,
    check_download_url,
    make_timeout,
    proxy_mounts,
)
from ..errors import redact_url


class AsyncPool(_Cookieless, httpx.AsyncClient):
    """The connection pool that the asynchronous client opens for itself."""


class AsyncTransport(_Shared[httpx.AsyncClient]):
    """Asynchronous sending over one pooled httpx.AsyncClient."""

    _sleep: Callable[[float], Awaitable[None]] = staticmethod(asleep)

    def _new_pool(self) -> httpx.AsyncClient:
        return AsyncPool(
            timeout=self.timeout,
            verify=_tls(),
            limits=POOL_LIMITS,
            trust_env=False,
            mounts=proxy_mounts(self.base_url, self._proxied),
        )

    def _proxied(self, proxy: str) -> httpx.AsyncHTTPTransport:
        return httpx.AsyncHTTPTransport(proxy=proxy, verify=_tls(), limits=POOL_LIMITS, trust_env=False)

    _place = _Shared.async_place

    async def send(
        self,
        request: Mapping[str, Any],
        *,
        idempotent: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send with retries; return any answer < 300, raise the typed error otherwise."""
        method, url, kwargs, per_request = self._prepare(request, timeout, extra_headers)
        return await self._retrying(
            method,
            url,
            _retry.is_idempotent(method, idempotent),
            per_request,
            lambda shrunk, own: self._exchange(self._build(method, url, shrunk, kwargs), own),
        )

    async def download(self, url: str, destination: str | Path, *, timeout: Timeout = None) -> Path:
        """Fetch a pre-signed URL (no Authorization sent) into `destination`, atomically, checked as a zip:
        https only (http on loopback), at most MAX_BUNDLE_BYTES, never redirected, each attempt within
        the timeout."""
        path = check_destination(destination)
        check_download_url(url)
        per_request = self.timeout if timeout is None else make_timeout(timeout)
        await self._retrying(
            "GET", url, True, per_request, lambda shrunk, own: self._download_once(url, shrunk, own, path)
        )
        return path

    async def _exchange(self, request: httpx.Request, own: Deadline) -> httpx.Response:
        response = await self._http.send(request, stream=True, follow_redirects=False, auth=self._auth)
        try:
            chunks: list[bytes] = []
            await self._read(response, own, MAX_RESPONSE_BYTES, chunks.append)
            return _complete(response, b"".join(chunks))
        finally:
            await response.aclose()

    async def _download_once(
        self, url: str, timeout: httpx.Timeout, own: Deadline, path: Path
    ) -> httpx.Response:
        request = self._http.build_request("GET", url, timeout=timeout)
        request.headers.pop("Authorization", None)
        response = await self._http.send(request, stream=True, follow_redirects=False)
        try:
            if response.status_code >= 300:
                chunks: list[bytes] = []
                await self._read(response, own, MAX_RESPONSE_BYTES, chunks.append)
                return _complete(response, b"".join(chunks))
            with _staging(path) as staging:
                with staging.open("wb") as file:
                    await self._read(response, own, MAX_BUNDLE_BYTES, file.write)
                _install(staging, path, response)
            return response
        finally:
            await response.aclose()

    async def _read(
        self, response: httpx.Response, own: Deadline, limit: int, write: Callable[[bytes], object]
    ) -> None:
        try:
            body = _Body(response, own, limit, write)
            if body.in_memory:
                body.take(response.content)
            else:
                async for raw in response.aiter_raw():
                    body.take(raw)
            body.finish()
        except _reader.Unreadable as exc:
            failure = _unreadable(response, exc)
        else:
            return
        raise failure

    async def _retrying(
        self,
        method: str,
        url: str,
        idempotent: bool,
        timeout: httpx.Timeout,
        attempt_once: Callable[[httpx.Timeout, Deadline], Awaitable[httpx.Response]],
    ) -> httpx.Response:
        own, start_by = self._budget(timeout)
        shown = redact_url(url)
        attempt, unknown = 0, False
        while True:
            outcome = await self._outcome(attempt_once, timeout, own)
            step = self._step(outcome, attempt, idempotent, method, shown, start_by, unknown)
            if isinstance(step, httpx.Response):
                return step
            unknown = unknown or _retry.unknown_outcome(outcome)
            await self._sleep(step)
            attempt += 1

    async def _outcome(
        self,
        attempt_once: Callable[[httpx.Timeout, Deadline], Awaitable[httpx.Response]],
        timeout: httpx.Timeout,
        own: Deadline,
    ) -> Outcome:
        try:
            return await attempt_once(_shrunk(timeout, own.remaining()), own)
        except httpx.TransportError as exc:
            return exc
        except httpx.InvalidURL as exc:
            failure = _unsendable(exc)
        raise failure

    async def aclose(self) -> None:
        """Close the connection pool, if this transport opened it; later calls raise ConfigurationError."""
        pool = self._release()
        if pool is not None:
            await pool.aclose()

    async def __aenter__(self) -> AsyncTransport:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
