"""Where the token and the API host come from, checked before any request.

Each setting is taken from the constructor argument, else its environment variable, else the default:

    token        token=        ASTRA_DB_APPLICATION_TOKEN   the astra-cli file (~/.astrarc)
    API host     base_url=     ASTRA_DEVOPS_BASE_URL         -
                 environment=  ASTRA_DEVOPS_ENVIRONMENT      prod
"""

from __future__ import annotations

import ipaddress
import os
import stat
import warnings
from pathlib import Path
from urllib.parse import urlsplit

from ._constants import (
    BASE_URL_VARIABLE,
    DEFAULT_ENVIRONMENT,
    ENVIRONMENT_VARIABLE,
    ENVIRONMENTS,
    TOKEN_VARIABLE,
)
from .errors import ConfigurationError, InsecureFileWarning


def resolve_token(token: str | None) -> str:
    """The token argument, else the environment variable, else the astra-cli configuration file."""
    if token is not None and not isinstance(token, str):
        raise ConfigurationError(f"token must be a string, got {type(token).__name__}")
    for candidate in (token, os.environ.get(TOKEN_VARIABLE), _token_from_astrarc()):
        if candidate and candidate.strip():
            return check_token(candidate.strip())
    raise ConfigurationError(
        "no Astra token found: pass token=..., or set ASTRA_DB_APPLICATION_TOKEN, or add "
        f"ASTRA_DB_APPLICATION_TOKEN to the [{_profile()}] section of the astra-cli file "
        "($ASTRARC, else $XDG_CONFIG_HOME/astra/.astrarc, else ~/.astrarc)"
    )


def printable_ascii(text: str) -> bool:
    """Printable ASCII (space included) and not empty."""
    return bool(text) and text.isascii() and text.isprintable()


def check_token(token: str) -> str:
    """Printable ASCII without spaces, as Astra tokens are (the message never shows the value)."""
    if not printable_ascii(token) or " " in token:
        raise ConfigurationError(
            "the token holds spaces, control or non-ASCII characters: check how it was copied or exported"
        )
    return token


def resolve_base_url(base_url: str | None, environment: str | None) -> str:
    """base_url=, else environment=, else ASTRA_DEVOPS_BASE_URL, else ASTRA_DEVOPS_ENVIRONMENT, else prod."""
    if base_url is not None:
        return check_base_url(base_url)
    if environment is not None:
        return environment_base_url(environment)
    from_variable = os.environ.get(BASE_URL_VARIABLE)
    if from_variable:
        return check_base_url(from_variable)
    return environment_base_url(os.environ.get(ENVIRONMENT_VARIABLE) or DEFAULT_ENVIRONMENT)


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
        failure = ConfigurationError(f"cannot read the astra-cli configuration file {path}: {_where(exc)}")
    else:
        token = parser.get(_profile(), TOKEN_VARIABLE, fallback=None)
        if token:
            _warn_if_readable_by_others(path)
        return token
    raise failure


def _where(exc: Exception) -> str:
    """What is wrong in the file and on which line, never the line itself (it may hold a token)."""
    import configparser

    if isinstance(exc, configparser.MissingSectionHeaderError):
        return f"line {exc.lineno} comes before any [section] header"
    if isinstance(exc, configparser.ParsingError):
        return "cannot parse line " + ", ".join(str(number) for number, _ in exc.errors)
    if isinstance(exc, configparser.DuplicateSectionError | configparser.DuplicateOptionError):
        return f"a duplicate section or setting on line {exc.lineno}"
    return "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else type(exc).__name__


def _warn_if_readable_by_others(path: Path) -> None:
    """As ssh does for a private key: a token file others can read is worth a word (chmod 600)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077 and os.name == "posix":
        warnings.warn(
            f"{path} holds an Astra token and can be read by other users (mode {mode:o}): chmod 600 it",
            InsecureFileWarning,
            stacklevel=6,
        )


def environment_base_url(environment: str) -> str:
    """The API host of an Astra environment."""
    try:
        return ENVIRONMENTS[environment]
    except (KeyError, TypeError):
        valid = ", ".join(ENVIRONMENTS)
        raise ConfigurationError(f"unknown environment {environment!r}; use one of {valid}") from None


def check_base_url(url: str) -> str:
    """Accept https anywhere, plain http only on loopback (tests, the local fake); a scheme, a host,
    a port and a path only: no user or password (httpx would send them instead of the token), no
    query or fragment. A refused URL is never shown whole: it may hold a password."""
    if not isinstance(url, str):
        raise ConfigurationError(f"base_url must be a string, got {type(url).__name__}")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it checks it
    except ValueError:
        raise ConfigurationError("base_url is not a URL (its host or port cannot be read)") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError("base_url must be an http(s) URL with a host")
    if "@" in parts.netloc:
        raise ConfigurationError(
            "base_url must not hold a user or password: the token is the only credential"
        )
    if "?" in url or "#" in url:
        raise ConfigurationError(f"base_url for {parts.hostname} must not hold a query or a fragment")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(f"refusing plain http to {parts.hostname}: the token would travel in clear")
    return url.rstrip("/")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
