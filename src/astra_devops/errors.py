"""Exceptions raised by the client, and reading the API's many error-body shapes.

AstraDevOpsError
├── ConfigurationError           bad input or settings, raised before any request
├── APIConnectionError           no HTTP answer
│   └── APITimeoutError
├── APIStatusError               an HTTP answer >= 400, one subclass per common status
├── APIResponseValidationError   a 2xx answer the client cannot read
├── WaitTimeoutError             a wait ran out of time
└── OperationFailedError         a wait ended in a failure state such as ERROR
"""

from __future__ import annotations

import json
import re
from http import HTTPStatus
from typing import Any

import httpx

BODY_LIMIT = 2_000
_TITLE = re.compile(r"<title>\s*(.*?)\s*</title>", re.IGNORECASE | re.DOTALL)


class AstraDevOpsError(Exception):
    """Base of every exception this client raises."""


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
    """The API answered with a status >= 400."""

    def __init__(
        self,
        status_code: int,
        message: str,
        errors: list[dict[str, Any]],
        method: str,
        url: str,
        body: str,
    ) -> None:
        super().__init__(f"{status_code} {message} ({method} {url})")
        self.status_code = status_code
        self.message = message
        self.errors = errors
        self.method = method
        self.url = url
        self.body = body


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
    """A successful answer whose body is not what the API promises."""

    def __init__(self, response: httpx.Response, reason: str, *, secret: str | None = None) -> None:
        request = response.request
        self.status_code = response.status_code
        self.method = request.method
        self.url = str(request.url)
        self.body = redact(_text(response)[:BODY_LIMIT], secret)
        self.reason = redact(reason, secret)
        super().__init__(f"unexpected response to {self.method} {self.url}: {self.reason}")


class WaitTimeoutError(AstraDevOpsError, TimeoutError):
    """A resource did not reach the target status in time."""

    def __init__(self, database_id: str, target: str, last_status: str | None) -> None:
        super().__init__(f"{database_id} did not reach {target} in time; last status {last_status}")
        self.database_id = database_id
        self.target = target
        self.last_status = last_status


class OperationFailedError(AstraDevOpsError):
    """A resource reached a failure state (such as ERROR) while waiting for another."""

    def __init__(self, database_id: str, target: str, status: str) -> None:
        super().__init__(f"{database_id} reached {status} while waiting for {target}")
        self.database_id = database_id
        self.target = target
        self.status = status


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
    """Remove the token from text the client shows (a server may echo it back)."""
    return text.replace(secret, "[redacted]") if secret else text


def status_error_from_response(response: httpx.Response, *, secret: str | None = None) -> APIStatusError:
    """The typed error for a response >= 400, its message read from whatever body came."""
    status = response.status_code
    body = redact(_text(response), secret)
    message, entries = _message(body, status)
    cls = InternalServerError if status >= 500 else _BY_STATUS.get(status, APIStatusError)
    request = response.request
    return cls(status, message, entries, request.method, str(request.url), body[:BODY_LIMIT])


def _text(response: httpx.Response) -> str:
    try:
        return response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError):
        return ""


def _message(body: str, status: int) -> tuple[str, list[dict[str, Any]]]:
    """Read the message from each shape in docs/quirks.md: errors[], description, a bare string, HTML."""
    try:
        data = json.loads(body) if body.strip() else None
    except ValueError:
        data = None
        html_title = _TITLE.search(body)
        if html_title:
            return html_title.group(1), []
        if body.strip() and not body.lstrip().startswith("<"):
            return body.strip()[:200], []
    if isinstance(data, str) and data.strip():
        return data.strip(), []
    if isinstance(data, dict):
        entries = [entry for entry in data.get("errors") or [] if isinstance(entry, dict)]
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
