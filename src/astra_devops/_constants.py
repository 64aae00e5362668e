"""Defaults and limits, each written once."""

from __future__ import annotations

DEFAULT_TIMEOUT = 30.0
"""Seconds one request may take (connecting never waits longer than CONNECT_TIMEOUT)."""
CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2

ENVIRONMENTS = {
    "prod": "https://api.astra.datastax.com",
    "dev": "https://api.dev.cloud.datastax.com",
    "test": "https://api.test.cloud.datastax.com",
}
DEFAULT_ENVIRONMENT = "prod"

TOKEN_VARIABLE = "ASTRA_DB_APPLICATION_TOKEN"
BASE_URL_VARIABLE = "ASTRA_DEVOPS_BASE_URL"
ENVIRONMENT_VARIABLE = "ASTRA_DEVOPS_ENVIRONMENT"
LOG_VARIABLE = "ASTRA_DEVOPS_LOG"

MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""An API answer larger than this (decoded) is refused: the largest real answers are a few MiB."""
MAX_BUNDLE_BYTES = 16 * 1024 * 1024
"""A secure connect bundle is a zip of a few certificates and settings (tens of KiB)."""
MAX_JSON_DEPTH = 64
"""Deeper JSON is refused before decoding: the contract's deepest answer nests about 6 levels."""
MAX_JSON_TOKENS = 2_000_000
"""At most this many commas and brackets in an answer, counted before decoding: memory while decoding
grows with values, not bytes (`[],` is 3 bytes, a 56-byte list). A 64 MiB page of real databases
holds under 2 million; the contract's largest real answers, a few thousand."""
MAX_ENCODINGS = 2
"""Content-Encoding layers undone at most (a proxy may gzip a gzip); more is refused."""
MAX_ERROR_BYTES = 1024 * 1024
"""The part of an error answer read for its message, and kept in the error's `response`."""
