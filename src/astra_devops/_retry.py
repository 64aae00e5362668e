"""When to retry a request and how long to wait first."""

from __future__ import annotations

import math
import random
import time
from email.utils import parsedate_to_datetime

import httpx

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
UNPROCESSED_STATUSES = frozenset({429, 503})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
BASE_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


def is_idempotent(method: str, idempotent: bool | None) -> bool:
    """Creates (POST, PATCH) are not idempotent unless the caller says so."""
    return method in IDEMPOTENT_METHODS if idempotent is None else idempotent


def retryable_status(status: int, idempotent: bool) -> bool:
    """A create is retried only on answers that say it was not processed (429, 503)."""
    return status in (RETRYABLE_STATUSES if idempotent else UNPROCESSED_STATUSES)


def unknown_outcome(outcome: httpx.Response | httpx.TransportError) -> bool:
    """Whether an attempt may have been carried out though its answer does not say so: a 500, 502 or
    504 (a gateway may time out after the server accepted), or a connection lost after sending."""
    if isinstance(outcome, httpx.Response):
        return outcome.status_code in (500, 502, 504)
    return not isinstance(outcome, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def retryable_exception(exc: httpx.TransportError, idempotent: bool) -> bool:
    """A create is retried only when the request surely never reached the server."""
    if idempotent:
        return True
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from a `Retry-After` header (seconds or HTTP date), capped; None if absent or garbage.

    The caller's deadline still decides whether a wait this long fits (`_deadline.Deadline.allows`)."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError, OverflowError, AttributeError):
            return None
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def backoff(attempt: int) -> float:
    """Exponential backoff with full jitter."""
    return random.uniform(0, min(MAX_DELAY, BASE_DELAY * 2**attempt))
