"""Where the token and the host come from; all checked before any request."""

from pathlib import Path

import pytest

from astra_devops import AstraDevOps, errors
from astra_devops._auth import check_base_url, environment_base_url, resolve_token


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("ASTRA_DB_APPLICATION_TOKEN", "ASTRARC", "XDG_CONFIG_HOME", "ASTRA_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def write_astrarc(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(0o600)
    return path


def test_argument_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASTRA_DB_APPLICATION_TOKEN", "AstraCS:env")
    assert resolve_token("AstraCS:arg") == "AstraCS:arg"


def test_environment_before_file(monkeypatch: pytest.MonkeyPatch, clean_environment: Path) -> None:
    write_astrarc(clean_environment / ".astrarc", "[default]\nASTRA_DB_APPLICATION_TOKEN=AstraCS:file\n")
    monkeypatch.setenv("ASTRA_DB_APPLICATION_TOKEN", "AstraCS:env")
    assert resolve_token(None) == "AstraCS:env"


def test_home_astrarc(clean_environment: Path) -> None:
    write_astrarc(clean_environment / ".astrarc", "[default]\nASTRA_DB_APPLICATION_TOKEN=AstraCS:home\n")
    assert resolve_token(None) == "AstraCS:home"


def test_xdg_astrarc_before_home(monkeypatch: pytest.MonkeyPatch, clean_environment: Path) -> None:
    write_astrarc(clean_environment / ".astrarc", "[default]\nASTRA_DB_APPLICATION_TOKEN=AstraCS:home\n")
    write_astrarc(
        clean_environment / "xdg/astra/.astrarc", "[default]\nASTRA_DB_APPLICATION_TOKEN=AstraCS:xdg\n"
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(clean_environment / "xdg"))
    assert resolve_token(None) == "AstraCS:xdg"


def test_astrarc_variable_and_profile(monkeypatch: pytest.MonkeyPatch, clean_environment: Path) -> None:
    rc = write_astrarc(
        clean_environment / "custom.rc",
        "[default]\nASTRA_DB_APPLICATION_TOKEN=AstraCS:default\n\n[ci]\nASTRA_DB_APPLICATION_TOKEN=AstraCS:ci\n",
    )
    monkeypatch.setenv("ASTRARC", str(rc))
    assert resolve_token(None) == "AstraCS:default"
    monkeypatch.setenv("ASTRA_PROFILE", "ci")
    assert resolve_token(None) == "AstraCS:ci"


def test_nothing_found_names_the_three_places() -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        AstraDevOps()
    message = str(caught.value)
    for place in (
        "token=",
        "ASTRA_DB_APPLICATION_TOKEN",
        "$ASTRARC",
        "$XDG_CONFIG_HOME/astra/.astrarc",
        "~/.astrarc",
    ):
        assert place in message


def test_blank_token_is_refused() -> None:
    with pytest.raises(errors.ConfigurationError):
        resolve_token("   ")


@pytest.mark.parametrize(
    ("environment", "url"),
    [
        ("prod", "https://api.astra.datastax.com"),
        ("dev", "https://api.dev.cloud.datastax.com"),
        ("test", "https://api.test.cloud.datastax.com"),
    ],
)
def test_environments(environment: str, url: str) -> None:
    assert environment_base_url(environment) == url
    assert AstraDevOps(token="AstraCS:x", environment=environment).base_url == url


def test_unknown_environment() -> None:
    with pytest.raises(errors.ConfigurationError, match="prod, dev, test"):
        AstraDevOps(token="AstraCS:x", environment="staging")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9", "https://x.example"]
)
def test_https_anywhere_http_on_loopback(url: str) -> None:
    assert check_base_url(url + "/") == url


@pytest.mark.parametrize("url", ["http://api.astra.datastax.com", "http://10.0.0.1", "ftp://x", "nonsense"])
def test_plain_http_elsewhere_is_refused(url: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        AstraDevOps(token="AstraCS:x", base_url=url)


@pytest.mark.parametrize(("option", "value"), [("max_retries", -1), ("max_retries", 1.5), ("timeout", 0)])
def test_bad_settings_are_refused(option: str, value: object) -> None:
    with pytest.raises(errors.ConfigurationError):
        AstraDevOps(token="AstraCS:x", **{option: value})  # type: ignore[arg-type]


def test_the_token_stays_out_of_reprs() -> None:
    client = AstraDevOps(token="AstraCS:very-secret")
    for text in (repr(client), str(client), repr(client._http)):
        assert "very-secret" not in text
