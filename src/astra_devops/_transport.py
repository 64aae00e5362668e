"""Sending requests: auth, deadlines, retries with backoff, typed errors, safe downloads.

`send` takes the request dict a generated endpoint's `_get_kwargs` returns. The client holds
one transport: `AsyncTransport` (`_async/_transport.py`, written by hand) or `SyncTransport`
(`_sync/_transport.py`, generated from it). Both inherit every decision from `_Shared` here;
only the waiting and the I/O are theirs.

Each request has a total deadline (its timeout), checked between the chunks of its body.
A call's retries and their sleeps share a budget of `(max_retries + 1) x timeout`, and under
a wait (`_deadline.within`) no retry or sleep starts past the wait's deadline. Bodies are read raw
and decoded by `_reader`, within the size cap for any stack of encodings.

The pool belongs to the process (and, async, the event loop) that opened it: used anywhere else,
the transport opens a new one and never touches the old one's connections; a forked child starts
with a lock and a pool of its own (a process is its id and how many forks deep it is). The token
travels in an `httpx.Auth` set on the request inside httpx, so no frame of the request path holds a
plain dict with it. The client's own pools read no .netrc (trust_env=False) but go through the
proxies the environment names, read as httpx reads them (`proxy_mounts`): never for a loopback host,
and https through a CONNECT tunnel, so a proxy never sees the token.
"""

from __future__ import annotations

import logging
import math
import os
import ssl
import threading
from collections.abc import Callable, Generator, Hashable, Mapping
from contextlib import suppress
from functools import cache, partial
from pathlib import Path
from time import sleep as sleep
from typing import Any, Generic, TypeVar
from urllib.parse import unquote, urlsplit

import httpx

from . import _deadline, _reader, _retry
from ._auth import is_loopback, printable_ascii
from ._constants import CONNECT_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._deadline import Deadline
from ._httpx_log import hide_signed_queries
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    BundleWriteError,
    ConfigurationError,
    redact,
    redact_url,
    status_error_from_response,
)

logger = logging.getLogger("astra_devops")
Timeout = float | httpx.Timeout | None
Pool = TypeVar("Pool", httpx.Client, httpx.AsyncClient)
Route = TypeVar("Route", httpx.HTTPTransport, httpx.AsyncHTTPTransport)
Outcome = httpx.Response | httpx.TransportError
_BODY_KEYS = ("params", "json", "content", "data", "files")
_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding"})
_TOKEN_CHARACTERS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Headers httpx sets from the request itself: one given as well would contradict the framing.
_SET_BY_CLIENT = frozenset(
    {
        "connection",
        "content-length",
        "host",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)


def user_agent(app_name: str | None = None) -> str:
    """`astra-devops/<version>`, then the calling application's `name/version` if given."""
    base = f"astra-devops/{__version__}"
    return f"{base} {check_header_value('app_name', app_name)}" if app_name else base


async def asleep(seconds: float) -> None:
    """`asyncio.sleep`, imported when first needed: the sync client never loads asyncio."""
    import asyncio

    await asyncio.sleep(seconds)


@cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every pool: loading the CA bundle costs ~0.1 s, per pool otherwise."""
    return httpx.create_ssl_context()


class _Bearer(httpx.Auth):
    """The token's Authorization header, set on the request inside httpx just before it is sent."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "Bearer([redacted])"


class _NoCookies(httpx.Cookies):
    """Cookies that are never kept, so never sent: the API authenticates with the token alone, and a
    cookie a proxy sets on one answer must not ride along on later requests."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Keep nothing."""


_NO_COOKIES = _NoCookies()
# The client's own pools keep alive as many connections as they may open (httpx keeps 20 of its 100):
# after a burst of concurrent calls, the next burst reuses them instead of opening new ones.
POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


def proxy_mounts(base_url: str, route: Callable[[str], Route]) -> dict[str, Route | None]:
    """httpx `mounts` for the proxies the environment names (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, in
    lower or upper case) as httpx reads them with trust_env, `route(proxy)` making each one's transport;
    NO_PROXY hosts, loopback hosts and a loopback `base_url`'s host go direct (None)."""
    import urllib.request

    found = urllib.request.getproxies()
    mounts: dict[str, Route | None] = {}
    for scheme in ("http", "https", "all"):
        proxy = found.get(scheme)
        if proxy:
            mounts[f"{scheme}://"] = _proxy_route(proxy if "://" in proxy else f"http://{proxy}", route)
    bypassed: list[str] = [entry.strip() for entry in found.get("no", "").split(",") if entry.strip()]
    if "*" in bypassed:
        return {}
    host = urlsplit(base_url).hostname or ""
    own: list[str] = [host] if host and is_loopback(host) else []
    for name in (*bypassed, *LOOPBACK_HOSTS, *own):
        mounts[_bypass_pattern(name)] = None
    return mounts if any(mounts.values()) else {}


def _bypass_pattern(host: str) -> str:
    """The httpx URL pattern of a NO_PROXY entry, as httpx writes it."""
    if "://" in host:
        return host
    bare = host.split("/")[0]
    if _is_ip(bare):
        return f"all://[{host}]" if ":" in bare else f"all://{host}"
    return f"all://{host}" if host.lower() == "localhost" else f"all://*{host}"


def _is_ip(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _proxy_route(proxy: str, route: Callable[[str], Route]) -> Route:
    try:
        return route(proxy)
    except (ImportError, ValueError) as exc:
        parts = urlsplit(proxy)
        failure = ConfigurationError(
            f"the proxy {parts.scheme}://{parts.hostname} named by the environment cannot be used: "
            f"{type(exc).__name__} (a socks proxy needs httpx[socks])"
        )
    raise failure


class _Cookieless:
    """A pool whose cookies are `_NoCookies` (httpx reads them on every answer, building a urllib
    request and response to do it: about a twentieth of a call on loopback)."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        raise ConfigurationError("the client keeps no cookies: the API authenticates with the token")


_PLAIN_POOLS = (httpx.Client, httpx.AsyncClient)


def _merges_headers_only(pool: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether the pool's `build_request` adds nothing to a request but its headers: true of ours, and of a
    plain httpx client (not a subclass) with no query or cookies of its own. The client's URLs are
    absolute, so a pool's base URL never applies; its auth, hooks and redirects act when sending."""
    if isinstance(pool, _Cookieless):
        return True
    return type(pool) in _PLAIN_POOLS and not pool.params and not pool.cookies


def check_header_value(what: str, value: object) -> str:
    """Printable ASCII with no leading or trailing space (what HTTP headers can carry safely)."""
    if not isinstance(value, str) or not printable_ascii(value) or value != value.strip():
        raise ConfigurationError(f"{what} must be printable ASCII text with no control characters")
    return value


def check_header_name(name: object) -> str:
    """An HTTP token (RFC 9110 section 5.1), and not a header the request's own framing sets."""
    if not isinstance(name, str) or not name or not _TOKEN_CHARACTERS.issuperset(name):
        raise ConfigurationError(
            f"header name {name!r} is not an HTTP header name: letters, digits and !#$%&'*+-.^_`|~ only"
        )
    if name.lower() in _SET_BY_CLIENT:
        raise ConfigurationError(f"header {name} is set by the client from the request itself: leave it out")
    return name


def check_headers(headers: object, what: str = "extra_headers") -> dict[str, str]:
    """Extra headers, checked; the Authorization header comes from the token only."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"{what} must be a mapping of header names to values")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        check_header_name(name)
        if name.lower() == "authorization":
            raise ConfigurationError("the Authorization header comes from the token: pass token= instead")
        checked[name] = check_header_value(f"header {name}", value)
    return checked


def make_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """A checked timeout. A float sets read, write and pool; connecting never waits longer than 5 s."""
    if isinstance(timeout, httpx.Timeout):
        for part in (timeout.connect, timeout.read, timeout.write, timeout.pool):
            _positive(part)
        return timeout
    seconds = _positive(timeout)
    return httpx.Timeout(seconds, connect=min(CONNECT_TIMEOUT, seconds))


def _positive(value: object) -> float:
    seconds = _deadline.seconds(value, "timeout")
    if seconds == 0:
        raise ConfigurationError("timeout must be more than 0 seconds")
    return seconds


def request_seconds(timeout: httpx.Timeout) -> float:
    """The total deadline of one request under this timeout (its largest part)."""
    return max(part for part in (timeout.connect, timeout.read, timeout.write, timeout.pool) if part)


def _shrunk(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout:
    """The timeout, no part longer than what remains (rounded up to 10 ms): itself when every part fits."""
    seconds = max(math.ceil(remaining * 100) / 100, 0.01)
    parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if all(part is not None and part <= seconds for part in parts):
        return timeout

    def cap(part: float | None) -> float:
        return min(part or seconds, seconds)

    return httpx.Timeout(
        connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write), pool=cap(timeout.pool)
    )


def check_path(path: str) -> str:
    """Every id or name sent must stay one path segment: no empty, `.` or `..` segment, even encoded
    (httpx removes dot segments, so `terminate("..")` would otherwise reach another resource)."""
    segments = path.split("/")
    if segments[0] != "" or any(unquote(segment) in ("", ".", "..") for segment in segments[1:]):
        raise ConfigurationError(f"refusing to send {path!r}: an id or name must not be empty, '.' or '..'")
    return path


def check_download_url(url: object) -> str:
    """https, or plain http on loopback only (the bundle holds the database's client key)."""
    try:
        parts = urlsplit(url) if isinstance(url, str) else None
    except ValueError:
        parts = None
    if parts is None or not parts.hostname or parts.scheme not in ("http", "https"):
        raise ConfigurationError(f"refusing to download from {redact_url(str(url))!r}: not an http(s) URL")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(f"refusing to download over plain http from {parts.hostname}")
    assert isinstance(url, str)
    return url


def check_destination(destination: str | Path) -> Path:
    """A file path in an existing folder: checked before anything is fetched."""
    path = Path(destination)
    if path.is_dir():
        raise ConfigurationError(
            f"the destination {path} is a directory: give a file name such as bundle.zip"
        )
    if not path.parent.is_dir():
        raise ConfigurationError(f"the folder of the destination {path} does not exist")
    return path


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body (None when empty), or APIResponseValidationError, never a raw error."""
    content = response.content
    if not content.strip():
        return None
    try:
        return _reader.loads(content)
    except (ValueError, RecursionError) as exc:
        reason = f"body is not JSON the client can read ({type(exc).__name__}: {exc})"
    raise APIResponseValidationError(response, reason)


def _complete(response: httpx.Response, body: bytes) -> httpx.Response:
    """The answer with its decoded body read, as a plain (non-streaming) response."""
    kept = response.headers
    headers: httpx.Headers | list[tuple[str, str]] = kept
    if "content-encoding" in kept or "transfer-encoding" in kept:
        headers = [(key, value) for key, value in kept.multi_items() if key.lower() not in _FRAMING]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=response.extensions,
    )


class _Body:
    """One answer's body taken in (`take` each raw chunk as it arrives, then `finish`): decoded
    (`_reader.Decoder`), its decoded size checked against the cap and the request's total deadline
    checked before each piece is kept. An answer already read in-process (a mock transport,
    `in_memory`) comes decoded, as one chunk."""

    def __init__(
        self, response: httpx.Response, own: Deadline, limit: int, write: Callable[[bytes], object]
    ) -> None:
        self._response = response
        self._own = own
        self._limit = limit
        self._write = write
        self._size = 0
        self.in_memory = response.is_stream_consumed
        headers = response.headers
        self._decoder = (
            _reader.Decoder.of(headers.get_list("content-encoding", split_commas=True), limit)
            if "content-encoding" in headers and not self.in_memory
            else None
        )

    def take(self, raw: bytes) -> None:
        if self._decoder is None:
            self._keep(raw)
            return
        for piece in self._decoder.decode(raw):
            self._keep(piece)

    def finish(self) -> None:
        if self._decoder is not None:
            for piece in self._decoder.finish():
                self._keep(piece)

    def _keep(self, piece: bytes) -> None:
        self._size += len(piece)
        if self._size > self._limit:
            raise _reader.Unreadable(f"the answer is larger than {self._limit} bytes")
        if self._own.expired():
            raise httpx.ReadTimeout(
                "the request's total deadline passed while reading", request=self._response.request
            )
        self._write(piece)


def _overridden(headers: httpx.Headers, call: Mapping[str, str]) -> httpx.Headers:
    """`headers` with the call's own in place of any of the same name, in any case."""
    if not call:
        return headers
    headers = headers.copy()
    headers.update(call)
    return headers


def _unreadable(response: httpx.Response, exc: _reader.Unreadable) -> APIResponseValidationError:
    return APIResponseValidationError(response, str(exc))


def _unsendable(exc: httpx.InvalidURL) -> ConfigurationError:
    """A URL httpx refuses to build (too long, a character it cannot carry), never shown: it may be signed."""
    return ConfigurationError(
        "refusing to send a request whose URL httpx cannot build: too long (an id of thousands of "
        "characters?) or holding a character it cannot carry"
    )


class _Shared(Generic[Pool]):
    """What both transports share: settings, the lazily opened pool, preparation and retry decisions."""

    def __init__(
        self,
        *,
        token: str,
        base_url: str,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: Pool | None = None,
        default_headers: Mapping[str, str] | None = None,
        app_name: str | None = None,
    ) -> None:
        self.token = token
        self.base_url = base_url.rstrip("/")
        self.timeout = make_timeout(timeout)
        self.max_retries = max_retries
        self.default_headers = check_headers(default_headers, "default_headers")
        self.app_name = app_name
        self._headers = httpx.Headers(
            {
                "Accept": "application/json",
                "Accept-Encoding": "gzip, deflate",
                "User-Agent": user_agent(app_name),
            }
        )
        self._headers.update(self.default_headers)
        self._auth = _Bearer(token)
        self._merged: tuple[Pool, list[tuple[bytes, bytes]] | None, httpx.Headers] | None = None
        self._given: Pool | None = http_client
        self._pool: Pool | None = None
        self._owner: Hashable = None
        self._source: _Shared[Pool] | None = None
        self._closed = False
        self._locks: dict[Hashable, threading.Lock] = {}
        logging.getLogger("httpx").addFilter(hide_signed_queries)

    def share_pool_of(self, source: _Shared[Pool]) -> None:
        """Send over `source`'s pool (`with_options`): whichever it uses now, closed when it is."""
        self._source = source

    @property
    def _lock(self) -> threading.Lock:
        return process_lock(self._locks)

    @property
    def _http(self) -> Pool:
        """The connection pool, opened on first use in each process (and event loop) that sends."""
        pool = self._pool
        return pool if pool is not None and self._owner == self._place() else self._open()

    def _open(self) -> Pool:
        if self._source is not None and not self._closed:
            return self._source._http
        with self._lock:
            if self._closed:
                raise ConfigurationError("this client is closed")
            place = self._place()
            if self._pool is None or self._owner != place:
                self._pool, self._owner = self._pool_for(place), place
            return self._pool

    def _pool_for(self, place: Hashable) -> Pool:
        """A new pool of our own, or the one given (if it was first used here)."""
        if self._given is None:
            return self._new_pool()
        if self._owner is not None:
            raise ConfigurationError(
                "the http_client given to this client was first used in another process or event loop, "
                "whose connections it holds: make the client and its http_client where they are used"
            )
        return self._given

    def _place(self) -> Hashable:
        """Where a pool may be used: the process (and the event loop) that opened it."""
        raise NotImplementedError

    def sync_place(self) -> Hashable:
        """A synchronous pool belongs to its process."""
        return _process()

    def async_place(self) -> Hashable:
        """An asynchronous pool belongs to its process and its asyncio event loop."""
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not under asyncio (trio, say): the process alone
            loop = None
        return _process(), loop

    def _new_pool(self) -> Pool:
        raise NotImplementedError

    def _release(self) -> Pool | None:
        """Mark closed; the pool to close, if this transport opened it here (another process's or
        event loop's connections are left alone)."""
        with self._lock:
            pool, self._pool, self._closed = self._pool, None, True
        return pool if self._given is None and self._owner == self._place() else None

    def _prepare(
        self, request: Mapping[str, Any], timeout: Timeout, extra_headers: Mapping[str, str] | None
    ) -> tuple[str, str, dict[str, Any], httpx.Timeout]:
        method = str(request["method"]).upper()
        url = self.base_url + check_path(str(request["url"]))
        kwargs = {key: request[key] for key in _BODY_KEYS if key in request}
        kwargs["headers"] = {**(request.get("headers") or {}), **check_headers(extra_headers)}
        return method, url, kwargs, self.timeout if timeout is None else make_timeout(timeout)

    def _build(self, method: str, url: str, timeout: httpx.Timeout, kwargs: dict[str, Any]) -> httpx.Request:
        """The request as the pool's `build_request` makes it: the client's headers over the pool's, then
        the call's, each name once whatever its case. When that would add nothing but the pool's headers
        (`_merges_headers_only`), the request is made straight from a merge of the headers kept per pool
        (merging on every call was a seventh of it)."""
        pool = self._http
        call: dict[str, str] = kwargs["headers"]
        if not _merges_headers_only(pool):
            headers = _overridden(self._headers, call)
            return pool.build_request(method, url, timeout=timeout, **{**kwargs, "headers": headers})
        headers = _overridden(self._pool_headers(pool), call)
        extensions = {"timeout": timeout.as_dict()}
        return httpx.Request(method, url, extensions=extensions, **{**kwargs, "headers": headers})

    def _pool_headers(self, pool: Pool) -> httpx.Headers:
        """The pool's headers with the client's over them, merged again whenever a given pool's change."""
        seen = None if isinstance(pool, _Cookieless) else pool.headers.raw
        merged = self._merged
        if merged is None or merged[0] is not pool or merged[1] != seen:
            headers = httpx.Headers(pool.headers)
            headers.update(self._headers)
            self._merged = merged = (pool, seen, headers)
        return merged[2]

    def _budget(self, timeout: httpx.Timeout) -> tuple[Deadline, Deadline]:
        """The call's own deadline (every attempt ends by it) and the one no retry may start after."""
        own = Deadline(request_seconds(timeout) * (self.max_retries + 1))
        return own, own.earliest(_deadline.current())

    def _step(
        self,
        outcome: Outcome,
        attempt: int,
        idempotent: bool,
        method: str,
        shown: str,
        start_by: Deadline,
        unknown: bool = False,
    ) -> httpx.Response | float:
        """The answer to return, or seconds to wait before trying again; raises the typed error to give up.
        `unknown`: an earlier attempt's outcome is unknown (its answer lost), which the error says."""
        if isinstance(outcome, httpx.Response):
            logger.debug("%s %s -> %d", method, shown, outcome.status_code)
            if outcome.status_code < 300:
                return outcome
            retry = attempt < self.max_retries and _retry.retryable_status(outcome.status_code, idempotent)
            delay = _delay(attempt, _retry.retry_after(outcome.headers), start_by) if retry else None
            if delay is None:
                error = status_error_from_response(outcome, secret=self.token)
                error.after_unknown_outcome = unknown
                raise error
            cause: object = outcome.status_code
        else:
            retry = attempt < self.max_retries and _retry.retryable_exception(outcome, idempotent)
            delay = _delay(attempt, None, start_by) if retry else None
            if delay is None:
                raise self._connection_error(outcome, method, shown)
            cause = type(outcome).__name__
        logger.debug(
            "retry %d of %d for %s %s in %.2fs after %s",
            attempt + 1,
            self.max_retries,
            method,
            shown,
            delay,
            cause,
        )
        return delay

    def _connection_error(self, exc: httpx.TransportError, method: str, shown: str) -> APIConnectionError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        text = redact(redact(f"{type(exc).__name__} on {method} {shown}: {exc}", self.token), _query(exc))
        return cls(text, method=method, url=shown)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


# One entry per fork between the interpreter's start and this process. With the process id it names
# the process: a transport's pool and lock made in a parent are never a child's, even where a pid is
# reused. Appended by a C callable: the interpreter keeps its fork hooks to the end of its shutdown,
# and a function of this module would keep the module's globals, and all they reach, that long.
_FORKS: list[None] = []
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=partial(_FORKS.append, None))


def _process() -> tuple[int, int]:
    """This process: where a pool and a lock may be used."""
    return os.getpid(), len(_FORKS)


def process_lock(locks: dict[Hashable, threading.Lock]) -> threading.Lock:
    """This process's lock in `locks`: a forked child makes its own, as a thread of the parent may have
    held the parent's when it forked (`setdefault` is atomic, so the threads of a process share one)."""
    return locks.setdefault(_process(), threading.Lock())


def _delay(attempt: int, server_hint: float | None, start_by: Deadline) -> float | None:
    """Seconds to wait before the next attempt, or None when the budget has no room for it.

    A server's Retry-After is honoured or the call gives up; the client's own backoff shrinks to fit."""
    if server_hint is not None:
        return server_hint if start_by.allows(server_hint) else None
    remaining = start_by.remaining()
    return min(_retry.backoff(attempt), remaining / 2) if remaining > 0 else None


def _query(exc: httpx.TransportError) -> str | None:
    """The query of the failed request, which may be a pre-signed URL's signature."""
    try:
        query = exc.request.url.query.decode()
    except RuntimeError:
        return None
    return query or None


class _staging:
    """A temporary file beside the destination, removed unless it was installed. A local file
    operation that fails in it (disk full, no permission) is a BundleWriteError."""

    def __init__(self, destination: Path) -> None:
        import tempfile  # downloads are rare: keep them off the import path

        self.destination = destination
        try:
            descriptor, name = tempfile.mkstemp(
                dir=destination.parent, prefix=f".{destination.name}.", suffix=".part"
            )
        except OSError as exc:
            failure = _unwritable(destination, exc)
        else:
            os.close(descriptor)
            self.path = Path(name)
            return
        raise failure

    def __enter__(self) -> Path:
        return self.path

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        with suppress(FileNotFoundError):
            self.path.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, BundleWriteError):
            raise _unwritable(self.destination, exc) from None


def _unwritable(destination: Path, exc: OSError) -> BundleWriteError:
    return BundleWriteError(
        exc.errno, f"cannot write the secure bundle to {destination}: {exc.strerror or exc}"
    )


def _install(staging: Path, destination: Path, response: httpx.Response) -> None:
    """Move a complete download into place, only if it is a zip archive."""
    import zipfile

    if not zipfile.is_zipfile(staging):
        raise APIResponseValidationError(response, "the secure bundle download is not a zip archive")
    os.replace(staging, destination)
