"""Where the token and the API host come from, checked before any request."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from urllib.parse import urlsplit

from .errors import ConfigurationError

TOKEN_VARIABLE = "ASTRA_DB_APPLICATION_TOKEN"
ENVIRONMENTS = {
    "prod": "https://api.astra.datastax.com",
    "dev": "https://api.dev.cloud.datastax.com",
    "test": "https://api.test.cloud.datastax.com",
}


def resolve_token(token: str | None) -> str:
    """The token argument, else the environment variable, else the astra-cli configuration file."""
    for candidate in (token, os.environ.get(TOKEN_VARIABLE), _token_from_astrarc()):
        if candidate and candidate.strip():
            return candidate.strip()
    raise ConfigurationError(
        "no Astra token found: pass token=..., or set ASTRA_DB_APPLICATION_TOKEN, or add "
        f"ASTRA_DB_APPLICATION_TOKEN to the [{_profile()}] section of the astra-cli file "
        "($ASTRARC, else $XDG_CONFIG_HOME/astra/.astrarc, else ~/.astrarc)"
    )


def _astrarc_path() -> Path:
    if os.environ.get("ASTRARC"):
        return Path(os.environ["ASTRARC"]).expanduser()
    if os.environ.get("XDG_CONFIG_HOME"):
        return Path(os.environ["XDG_CONFIG_HOME"]) / "astra" / ".astrarc"
    return Path.home() / ".astrarc"


def _profile() -> str:
    return os.environ.get("ASTRA_PROFILE") or "default"


def _token_from_astrarc() -> str | None:
    path = _astrarc_path()
    if not path.is_file():
        return None
    import configparser  # only when the file is there: most runs pass a token or set the variable

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"cannot read the astra-cli configuration file {path}: {exc}") from None
    return parser.get(_profile(), TOKEN_VARIABLE, fallback=None)


def environment_base_url(environment: str) -> str:
    """The API host of an Astra environment."""
    try:
        return ENVIRONMENTS[environment]
    except KeyError:
        valid = ", ".join(ENVIRONMENTS)
        raise ConfigurationError(f"unknown environment {environment!r}; use one of {valid}") from None


def check_base_url(url: str) -> str:
    """Accept https anywhere, plain http only on loopback (tests, the local fake)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"base_url must be an http(s) URL, got {url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigurationError(f"refusing plain http to {parts.hostname}: the token would travel in clear")
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
