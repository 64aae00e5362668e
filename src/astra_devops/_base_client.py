"""Sending requests: auth, timeouts, retries with backoff, typed errors, safe downloads.

`send` takes the request dict a generated endpoint's `_get_kwargs` returns. The sync and
async clients share every decision (`_Policy`); only the waiting and I/O differ.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import suppress
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx

from . import _retry
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    redact,
    status_error_from_response,
)

logger = logging.getLogger("astra_devops")
TimeoutArg = float | httpx.Timeout | None
_BODY_KEYS = ("params", "json", "content", "data", "files")


def _user_agent() -> str:
    from . import __version__

    return f"astra-devops/{__version__}"


def make_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """A float sets read, write and pool; connecting never waits longer than 5 s."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout, connect=min(5.0, timeout))


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body (None when empty), or APIResponseValidationError, never JSONDecodeError."""
    content = response.content
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise APIResponseValidationError(response, f"body is not JSON ({exc})") from None


class _Policy:
    """What both clients share: settings, request preparation and retry decisions."""

    def __init__(
        self, *, token: str, base_url: str, timeout: float | httpx.Timeout, max_retries: int
    ) -> None:
        self.token = token
        self.base_url = base_url.rstrip("/")
        self.timeout = make_timeout(timeout)
        self.max_retries = max_retries
        self._headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "User-Agent": _user_agent(),
        }

    def _prepare(self, request: Mapping[str, Any], timeout: TimeoutArg) -> tuple[str, str, dict[str, Any]]:
        method = str(request["method"]).upper()
        url = self.base_url + request["url"]
        extra = request.get("headers")
        kwargs = {key: request[key] for key in _BODY_KEYS if key in request}
        kwargs["headers"] = {**self._headers, **extra} if extra else self._headers
        kwargs["timeout"] = self.timeout if timeout is None else make_timeout(timeout)
        return method, url, kwargs

    def _delay_after_status(self, response: httpx.Response, attempt: int, idempotent: bool) -> float | None:
        """Seconds to wait before retrying this answer, or None to give up."""
        if attempt >= self.max_retries or not _retry.retryable_status(response.status_code, idempotent):
            return None
        delay = _retry.backoff(attempt, _retry.retry_after(response.headers))
        self._log_retry(
            response.request.method, str(response.request.url), attempt, delay, response.status_code
        )
        return delay

    def _delay_after_exception(
        self, exc: httpx.TransportError, attempt: int, idempotent: bool, method: str, url: str
    ) -> float:
        """Seconds to wait before retrying after a transport failure; raises the typed error to give up."""
        if attempt >= self.max_retries or not _retry.retryable_exception(exc, idempotent):
            cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
            message = redact(f"{type(exc).__name__} on {method} {url}: {exc}", self.token)
            raise cls(message, method=method, url=url) from None
        delay = _retry.backoff(attempt)
        self._log_retry(method, url, attempt, delay, type(exc).__name__)
        return delay

    def _log_retry(self, method: str, url: str, attempt: int, delay: float, cause: object) -> None:
        logger.debug(
            "retry %d of %d for %s %s in %.2fs after %s",
            attempt + 1,
            self.max_retries,
            method,
            url,
            delay,
            cause,
        )

    def _fail(self, response: httpx.Response) -> Exception:
        return status_error_from_response(response, secret=self.token)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class SyncAPIClient(_Policy):
    """Synchronous sending over one pooled httpx.Client."""

    def __init__(
        self,
        *,
        token: str,
        base_url: str,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(token=token, base_url=base_url, timeout=timeout, max_retries=max_retries)
        self._given = http_client
        self._sleep: Callable[[float], None] = time.sleep

    @cached_property
    def _http(self) -> httpx.Client:
        """The connection pool, opened on first use: constructing a client costs no TLS setup."""
        return self._given or httpx.Client(timeout=self.timeout)

    def with_options(self, timeout: float | httpx.Timeout, max_retries: int) -> SyncAPIClient:
        """A sender with other settings over the same connection pool (which stays this one's to close)."""
        copy = SyncAPIClient(
            token=self.token,
            base_url=self.base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=self._http,
        )
        copy._sleep = self._sleep
        return copy

    def send(
        self,
        request: Mapping[str, Any],
        *,
        idempotent: bool | None = None,
        timeout: TimeoutArg = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send with retries; return any answer < 400, raise the typed error otherwise."""
        if extra_headers:
            request = {**request, "headers": {**request.get("headers", {}), **extra_headers}}
        method, url, kwargs = self._prepare(request, timeout)
        return self._retrying(
            method,
            url,
            _retry.is_idempotent(method, idempotent),
            lambda: self._http.request(method, url, **kwargs),
        )

    def download(self, url: str, destination: Path, *, timeout: TimeoutArg = None) -> Path:
        """Fetch a pre-signed URL (no Authorization sent) into `destination`, atomically, checked as a zip."""
        destination = Path(destination)
        request = self._http.build_request(
            "GET", url, timeout=self.timeout if timeout is None else make_timeout(timeout)
        )
        request.headers.pop("Authorization", None)
        self._retrying("GET", url, True, lambda: self._download_once(request, destination))
        return destination

    def _download_once(self, request: httpx.Request, destination: Path) -> httpx.Response:
        response = self._http.send(request, stream=True)
        try:
            if response.status_code >= 400:
                response.read()
                return response
            with _staging(destination) as staging:
                with staging.open("wb") as file:
                    for chunk in response.iter_bytes():
                        file.write(chunk)
                _install(staging, destination, response)
            return response
        finally:
            response.close()

    def _retrying(
        self, method: str, url: str, idempotent: bool, attempt_once: Callable[[], httpx.Response]
    ) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = attempt_once()
            except httpx.TransportError as exc:
                delay = self._delay_after_exception(exc, attempt, idempotent, method, url)
            else:
                if response.status_code < 400:
                    return response
                found = self._delay_after_status(response, attempt, idempotent)
                if found is None:
                    raise self._fail(response)
                delay = found
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the connection pool, if this client opened it."""
        if self._given is None and "_http" in self.__dict__:
            self._http.close()

    def __enter__(self) -> SyncAPIClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(_Policy):
    """Asynchronous sending over one pooled httpx.AsyncClient."""

    def __init__(
        self,
        *,
        token: str,
        base_url: str,
        timeout: float | httpx.Timeout = 30.0,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        import asyncio

        super().__init__(token=token, base_url=base_url, timeout=timeout, max_retries=max_retries)
        self._given = http_client
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    @cached_property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool, opened on first use."""
        return self._given or httpx.AsyncClient(timeout=self.timeout)

    def with_options(self, timeout: float | httpx.Timeout, max_retries: int) -> AsyncAPIClient:
        """A sender with other settings over the same connection pool (which stays this one's to close)."""
        copy = AsyncAPIClient(
            token=self.token,
            base_url=self.base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=self._http,
        )
        copy._sleep = self._sleep
        return copy

    async def send(
        self,
        request: Mapping[str, Any],
        *,
        idempotent: bool | None = None,
        timeout: TimeoutArg = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send with retries; return any answer < 400, raise the typed error otherwise."""
        if extra_headers:
            request = {**request, "headers": {**request.get("headers", {}), **extra_headers}}
        method, url, kwargs = self._prepare(request, timeout)
        return await self._retrying(
            method,
            url,
            _retry.is_idempotent(method, idempotent),
            lambda: self._http.request(method, url, **kwargs),
        )

    async def download(self, url: str, destination: Path, *, timeout: TimeoutArg = None) -> Path:
        """Fetch a pre-signed URL (no Authorization sent) into `destination`, atomically, checked as a zip."""
        destination = Path(destination)
        request = self._http.build_request(
            "GET", url, timeout=self.timeout if timeout is None else make_timeout(timeout)
        )
        request.headers.pop("Authorization", None)
        await self._retrying("GET", url, True, lambda: self._download_once(request, destination))
        return destination

    async def _download_once(self, request: httpx.Request, destination: Path) -> httpx.Response:
        response = await self._http.send(request, stream=True)
        try:
            if response.status_code >= 400:
                await response.aread()
                return response
            with _staging(destination) as staging:
                with staging.open("wb") as file:
                    async for chunk in response.aiter_bytes():
                        file.write(chunk)
                _install(staging, destination, response)
            return response
        finally:
            await response.aclose()

    async def _retrying(
        self, method: str, url: str, idempotent: bool, attempt_once: Callable[[], Awaitable[httpx.Response]]
    ) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = await attempt_once()
            except httpx.TransportError as exc:
                delay = self._delay_after_exception(exc, attempt, idempotent, method, url)
            else:
                if response.status_code < 400:
                    return response
                found = self._delay_after_status(response, attempt, idempotent)
                if found is None:
                    raise self._fail(response)
                delay = found
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the connection pool, if this client opened it."""
        if self._given is None and "_http" in self.__dict__:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncAPIClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class _staging:
    """A temporary file beside the destination, removed unless it was installed."""

    def __init__(self, destination: Path) -> None:
        import tempfile  # downloads are rare: keep them off the import path

        descriptor, name = tempfile.mkstemp(
            dir=destination.parent, prefix=f".{destination.name}.", suffix=".part"
        )
        os.close(descriptor)
        self.path = Path(name)

    def __enter__(self) -> Path:
        return self.path

    def __exit__(self, *exc: object) -> None:
        with suppress(FileNotFoundError):
            self.path.unlink()


def _install(staging: Path, destination: Path, response: httpx.Response) -> None:
    """Move a complete download into place, only if it is a zip archive."""
    import zipfile

    if not zipfile.is_zipfile(staging):
        raise APIResponseValidationError(response, "the secure bundle download is not a zip archive")
    os.replace(staging, destination)
