"""Exceptions raised by the client, and reading the API's many error-body shapes.

```text
AstraDevOpsError
├── ConfigurationError           bad input or settings, raised before any request
├── APIConnectionError           no HTTP answer
│   └── APITimeoutError
├── APIStatusError               an HTTP error answer (>= 400), one subclass per common status
│   └── RedirectError            3xx: never followed, so the token never travels to a Location
├── APIResponseValidationError   a 2xx answer the client cannot read
├── WaitTimeoutError             a wait ran out of time
├── OperationFailedError         a wait ended in a failure state such as ERROR
│   └── UnreachableStatusError   a wait read a status its goal is not reached from without another action
└── BundleWriteError             a secure bundle could not be written (also an OSError: disk full...)
```

InsecureFileWarning (a UserWarning): the astra-cli file holding the token is readable by others.

Redaction: the token is removed from every text an error carries (message, errors, body, the copy
of the answer in `response`: its body and its headers), as it came or written with JSON escapes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx

from . import _reader
from ._constants import MAX_ERROR_BYTES

BODY_LIMIT = 2_000
REDACTED = "[redacted]"
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _rebuild(cls: type[AstraDevOpsError], args: tuple[Any, ...], state: dict[str, Any]) -> AstraDevOpsError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class AstraDevOpsError(Exception):
    """Base of every exception this client raises. Every one pickles with its fields (across processes)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args, self.__dict__)


class ConfigurationError(AstraDevOpsError, ValueError):
    """Bad input or settings, found before any request is sent."""


class APIConnectionError(AstraDevOpsError):
    """The request got no HTTP answer (refused, reset, DNS, TLS...)."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(AstraDevOpsError):
    """The API answered with an error status (>= 400); a redirect (3xx) is its subclass RedirectError.

    `response` is the httpx answer, its request stripped of the Authorization header.
    `after_unknown_outcome` is True when an earlier attempt of the same call got no answer that says
    whether it was carried out (a 500, 502, 504, or a connection lost after sending), so this answer
    may be to a request the server already accepted.
    """

    after_unknown_outcome = False

    def __init__(
        self,
        status_code: int,
        message: str,
        errors: list[dict[str, Any]],
        method: str,
        url: str,
        body: str,
        *,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(f"{status_code} {message} ({method} {url})")
        self.status_code = status_code
        self.message = message
        self.errors = errors
        self.method = method
        self.url = url
        self.body = body
        self.response = response


class RedirectError(APIStatusError):
    """3xx: the API never redirects, so the answer came from something in between; not followed."""


class BadRequestError(APIStatusError):
    """400: the request was malformed or invalid."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the token's roles do not allow this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or not visible to this token)."""


class ConflictError(APIStatusError):
    """409: the resource is busy or in a state that forbids this action."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but cannot be carried out."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """>= 500: the API failed."""


class APIResponseValidationError(AstraDevOpsError):
    """A successful answer whose body is not what the API promises (None: a sequence of answers)."""

    def __init__(self, response: httpx.Response | None, reason: str, *, secret: str | None = None) -> None:
        secret = secret or (bearer_token(response.request) if response is not None else None)
        self.status_code = response.status_code if response is not None else None
        self.method = response.request.method if response is not None else ""
        self.url = redact_url(str(response.request.url)) if response is not None else ""
        self.body = redact(_text(response), secret)[:BODY_LIMIT] if response is not None else ""
        self.reason = redact(reason, secret)
        self.response = redacted(response, secret) if response is not None else None
        super().__init__(f"unexpected response to {self.method} {self.url}: {self.reason}")


class WaitTimeoutError(AstraDevOpsError, TimeoutError):
    """A resource did not reach the target status in time: `waited` seconds, `resume` the call that
    goes on waiting (None when the same call is the way)."""

    def __init__(
        self,
        database_id: str,
        target: str,
        last_status: str | None,
        *,
        waited: float | None = None,
        resume: str | None = None,
    ) -> None:
        spent = "in time" if waited is None else f"in time (waited {waited:.1f} s)"
        going_on = resume or "the same method again"
        super().__init__(
            f"{database_id} did not reach {target} {spent}; last status {last_status}; to go on "
            f"waiting, call {going_on}"
        )
        self.database_id = database_id
        self.target = target
        self.last_status = last_status
        self.waited = waited
        self.resume = resume


class OperationFailedError(AstraDevOpsError):
    """A resource reached a failure state (such as ERROR) while waiting for another."""

    def __init__(self, database_id: str, target: str, status: str) -> None:
        super().__init__(f"{database_id} reached {status} while waiting for {target}")
        self.database_id = database_id
        self.target = target
        self.status = status


class UnreachableStatusError(OperationFailedError):
    """A wait read a status from which its target is not reached without another action: `action` is
    the call that would move it on. The wait ends at once instead of running out its timeout."""

    def __init__(self, database_id: str, target: str, status: str, action: str) -> None:
        AstraDevOpsError.__init__(
            self,
            f"{database_id} is {status}, from which it does not reach {target} by itself: call {action}",
        )
        self.database_id = database_id
        self.target = target
        self.status = status
        self.action = action


class BundleWriteError(AstraDevOpsError, OSError):
    """The secure bundle was fetched but could not be written (disk full, no permission...).

    `errno` is the operating system's; nothing was left at the destination."""


class InsecureFileWarning(UserWarning):
    """The astra-cli file that holds the token can be read by other users (chmod 600 it)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def redact(text: str, secret: str | None) -> str:
    """Remove the secret from text the client shows, as a server may echo it: as it is, or with any of
    its characters written as a JSON escape (`\\u0041`, `\\/`), so that no decoded value holds it."""
    if not secret:
        return text
    text = text.replace(secret, REDACTED)
    return _escaped(secret).sub(REDACTED, text) if "\\" in text else text


def _redact_bytes(content: bytes, secret: str) -> bytes:
    content = content.replace(secret.encode(), REDACTED.encode())
    return _escaped_bytes(secret).sub(REDACTED.encode(), content) if b"\\" in content else content


@lru_cache(maxsize=16)
def _escaped(secret: str) -> re.Pattern[str]:
    """The secret with each character as itself or as a JSON escape, each position matched atomically
    (no backtracking: linear in the text, whatever the secret)."""
    return re.compile("".join(f"(?>{'|'.join(_forms(char))})" for char in secret))


@lru_cache(maxsize=16)
def _escaped_bytes(secret: str) -> re.Pattern[bytes]:
    return re.compile(_escaped(secret).pattern.encode())


def _forms(char: str) -> list[str]:
    """The ways JSON can write one character, longest first."""
    forms = [re.escape(char)]
    if char in '"\\/':
        forms.insert(0, re.escape("\\" + char))
    if ord(char) <= 0xFFFF:
        digits = "".join(
            f"[{digit}{digit.upper()}]" if digit.isalpha() else digit for digit in f"{ord(char):04x}"
        )
        forms.insert(0, re.escape("\\u") + digits)
    return forms


def redact_url(url: str) -> str:
    """The URL without its query when the query holds a credential (a pre-signed URL's signature)."""
    if "?" not in url:
        return url
    parts = urlsplit(url)
    keys = [key for key, _ in parse_qsl(parts.query, keep_blank_values=True)]
    secret = re.compile(r"sig|signature|credential|token|key|policy|secret|auth", re.IGNORECASE)
    if not any(secret.search(key) for key in keys):
        return url
    return urlunsplit(parts._replace(query=REDACTED))


def bearer_token(request: httpx.Request) -> str | None:
    """The token a request carried, so that text built from its answer can be redacted."""
    scheme, _, token = str(request.headers.get("authorization", "")).partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def redacted(response: httpx.Response, secret: str | None) -> httpx.Response:
    """A copy of an answer with no token (none in its body or headers, no Authorization header, no
    signed query) and at most MAX_ERROR_BYTES of its body."""
    request = response.request
    headers = [(key, value) for key, value in request.headers.multi_items() if key.lower() != "authorization"]
    copy = httpx.Request(request.method, redact_url(str(request.url)), headers=headers)
    kept = [
        (key, redact(value, secret))
        for key, value in response.headers.multi_items()
        if key.lower() not in _DROPPED_HEADERS
    ]
    content = _content(response)[:MAX_ERROR_BYTES]
    if secret:
        content = _redact_bytes(content, secret)
    return httpx.Response(response.status_code, headers=kept, content=content, request=copy)


def status_error_from_response(response: httpx.Response, *, secret: str | None = None) -> APIStatusError:
    """The typed error for an error (>= 400) or redirect (3xx) answer, its message read from whatever
    body came."""
    secret = secret or bearer_token(response.request)
    status = response.status_code
    body = redact(_text(response), secret)
    message, entries = _message(body, status)
    request = response.request
    return _status_class(status)(
        status,
        message,
        entries,
        request.method,
        redact_url(str(request.url)),
        body[:BODY_LIMIT],
        response=redacted(response, secret),
    )


def _status_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    if status < 400:
        return RedirectError
    return _BY_STATUS.get(status, APIStatusError)


def _content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


def _text(response: httpx.Response) -> str:
    """The first MAX_ERROR_BYTES of the body as text (enough for any message, bounded for any body)."""
    content = _content(response)[:MAX_ERROR_BYTES]
    try:
        return content.decode(response.encoding or "utf-8", "replace")
    except LookupError:
        return content.decode("utf-8", "replace")


def _message(body: str, status: int) -> tuple[str, list[dict[str, Any]]]:
    """Read the message from each shape in docs/quirks.md: errors[], description, a bare string, HTML."""
    try:
        data = _reader.loads(body.encode()) if body.strip() else None
    except (ValueError, RecursionError):
        data = None
        html_title = _reader.title(body)
        if html_title:
            return html_title, []
        if body.strip() and not body.lstrip().startswith("<"):
            return body.strip()[:200], []
    if isinstance(data, str) and data.strip():
        return data.strip(), []
    if isinstance(data, dict):
        listed = data.get("errors")
        entries = [entry for entry in listed if isinstance(entry, dict)] if isinstance(listed, list) else []
        texts = [_entry_text(entry) for entry in entries]
        texts = [text for text in texts if text] or [_entry_text(data)]
        if any(texts):
            return "; ".join(text for text in texts if text), entries
    return _reason(status), []


def _entry_text(entry: dict[str, Any]) -> str:
    for key in ("message", "description", "error", "detail"):
        value = entry.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"
