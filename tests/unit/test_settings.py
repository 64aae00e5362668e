"""Configuration: environment variables and their precedence, headers, User-Agent, logging switch,
with_options, the single version, and the checks every request passes before it leaves."""

import logging
import math
from collections.abc import Iterator

import httpx
import pytest

import astra_devops
from astra_devops import AstraDevOps, AsyncAstraDevOps, _client, _retry, errors
from astra_devops._constants import ENVIRONMENTS
from astra_devops._deadline import Deadline, current, within
from astra_devops._sync._transport import SyncTransport
from astra_devops._transport import json_body
from astra_devops._version import __version__

TOKEN = "AstraCS:settings-secret"
LOCAL = "http://127.0.0.1:8080"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ASTRA_DEVOPS_BASE_URL", "ASTRA_DEVOPS_ENVIRONMENT", "ASTRA_DEVOPS_LOG"):
        monkeypatch.delenv(name, raising=False)


class Recorder:
    def __init__(self, answer: httpx.Response | None = None) -> None:
        self.answer = answer or httpx.Response(200, json={})
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer


def recorded(**options: object) -> tuple[AstraDevOps, Recorder]:
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return AstraDevOps(token=TOKEN, base_url=LOCAL, http_client=http, **options), recorder  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("variables", "arguments", "expected"),
    [
        ({}, {}, ENVIRONMENTS["prod"]),
        ({"ASTRA_DEVOPS_ENVIRONMENT": "dev"}, {}, ENVIRONMENTS["dev"]),
        ({"ASTRA_DEVOPS_BASE_URL": LOCAL}, {}, LOCAL),
        ({"ASTRA_DEVOPS_BASE_URL": LOCAL, "ASTRA_DEVOPS_ENVIRONMENT": "dev"}, {}, LOCAL),
        ({"ASTRA_DEVOPS_BASE_URL": LOCAL}, {"environment": "test"}, ENVIRONMENTS["test"]),
        ({"ASTRA_DEVOPS_ENVIRONMENT": "dev"}, {"base_url": "https://proxy.example"}, "https://proxy.example"),
        ({}, {"environment": "dev", "base_url": LOCAL}, LOCAL),
    ],
)
def test_argument_beats_variable_beats_default(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], arguments: dict[str, str], expected: str
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert AstraDevOps(token=TOKEN, **arguments).base_url == expected  # type: ignore[arg-type]
    assert AsyncAstraDevOps(token=TOKEN, **arguments).base_url == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ASTRA_DEVOPS_BASE_URL", "http://api.example.com"),
        ("ASTRA_DEVOPS_BASE_URL", "not a url"),
        ("ASTRA_DEVOPS_ENVIRONMENT", "staging"),
        ("ASTRA_DEVOPS_LOG", "verbose"),
    ],
)
def test_a_bad_variable_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(errors.ConfigurationError, match=r"(?i)environment|log|url|http"):
        AstraDevOps(token=TOKEN)


def test_default_headers_app_name_and_extra_headers() -> None:
    client, recorder = recorded(default_headers={"X-Team": "platform"}, app_name="myapp/1.2")
    client._http.send({"method": "get", "url": "/v2/x"}, extra_headers={"X-Request-Id": "42"})
    sent = recorder.requests[0].headers
    assert sent["User-Agent"] == f"astra-devops/{__version__} myapp/1.2"
    assert sent["X-Team"] == "platform" and sent["X-Request-Id"] == "42"
    assert sent["Authorization"] == f"Bearer {TOKEN}"


def test_authorization_comes_from_the_token_only() -> None:
    with pytest.raises(errors.ConfigurationError, match="token"):
        recorded(default_headers={"authorization": "Bearer other"})
    client, recorder = recorded()
    with pytest.raises(errors.ConfigurationError):
        client._http.send({"method": "get", "url": "/v2/x"}, extra_headers={"Authorization": "Bearer x"})
    client._http.send({"method": "get", "url": "/v2/x", "headers": {"Authorization": "Bearer other"}})
    assert [r.headers["Authorization"] for r in recorder.requests] == [f"Bearer {TOKEN}"]


def test_with_options_accepts_every_constructor_option() -> None:
    client, recorder = recorded(app_name="one/1")
    other = client.with_options(
        token="AstraCS:other",
        base_url="http://127.0.0.1:9090",
        timeout=3,
        max_retries=0,
        default_headers={"X-A": "1"},
        app_name="two/2",
    )
    other._http.send({"method": "get", "url": "/v2/x"})
    sent = recorder.requests[0]
    assert str(sent.url) == "http://127.0.0.1:9090/v2/x" and sent.headers["X-A"] == "1"
    assert sent.headers["Authorization"] == "Bearer AstraCS:other" and sent.headers["User-Agent"].endswith(
        "two/2"
    )
    assert sent.extensions["timeout"]["read"] == 3 and other._http.max_retries == 0
    assert other._http._http is client._http._http
    assert client.with_options(environment="dev").base_url == ENVIRONMENTS["dev"]
    assert client.with_options().base_url == LOCAL
    with pytest.raises(errors.ConfigurationError):
        client.with_options(timeout=math.nan)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    logger = logging.getLogger("astra_devops")
    handlers, level = list(logger.handlers), logger.level
    yield
    for handler in _client._log_handlers:
        logger.removeHandler(handler)
    _client._log_handlers.clear()
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.mark.usefixtures("restore_logging")
def test_the_log_variable_adds_one_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASTRA_DEVOPS_LOG", "debug")
    AstraDevOps(token=TOKEN)
    AstraDevOps(token=TOKEN)
    logger = logging.getLogger("astra_devops")
    assert logger.level == logging.DEBUG and len(_client._log_handlers) == 1
    assert _client._log_handlers[0] in logger.handlers
    monkeypatch.setenv("ASTRA_DEVOPS_LOG", "INFO")
    AsyncAstraDevOps(token=TOKEN)
    assert logger.level == logging.INFO and len(_client._log_handlers) == 1


def test_logs_show_no_token_and_no_signed_query(caplog: pytest.LogCaptureFixture, tmp_path: object) -> None:
    caplog.set_level(logging.DEBUG, logger="astra_devops")
    answers = [httpx.Response(503), httpx.Response(503)]
    transport = SyncTransport(
        token=TOKEN,
        base_url=LOCAL,
        max_retries=1,
        http_client=httpx.Client(transport=httpx.MockTransport(lambda request: answers.pop(0))),
    )
    transport._sleep = lambda seconds: None
    with pytest.raises(errors.InternalServerError) as caught:
        transport.download("https://s.example/b.zip?X-Amz-Signature=sig-secret", tmp_path / "b.zip")  # type: ignore[operator]
    text = " ".join(record.getMessage() for record in caplog.records) + str(caught.value)
    assert caplog.records and "sig-secret" not in text and TOKEN not in text


def test_one_version() -> None:
    assert astra_devops.__version__ == __version__
    from importlib.metadata import version

    assert version("astra-devops") == __version__


@pytest.mark.parametrize(
    "path",
    ["/v2/databases/..", "/v2/databases/.", "/v2/databases//terminate", "/v2/x/%2e%2e", "/v2/%2E", "v2/x"],
)
def test_every_request_path_keeps_its_segments(path: str) -> None:
    client, recorder = recorded()
    with pytest.raises(errors.ConfigurationError):
        client._http.send({"method": "post", "url": path})
    assert recorder.requests == []


def test_a_closed_client_refuses_calls() -> None:
    client = AstraDevOps(token=TOKEN, base_url=LOCAL)
    client.close()
    with pytest.raises(errors.ConfigurationError, match="closed"):
        client._http.send({"method": "get", "url": "/v2/x"})


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("nan", None), ("NaN", None), ("inf", 60.0), ("-inf", 0.0), ("-3", 0.0), ("2.5", 2.5)],
)
def test_retry_after_values(value: str, seconds: float | None) -> None:
    assert _retry.retry_after(httpx.Headers({"Retry-After": value})) == seconds


def test_an_inner_deadline_never_extends_an_outer_one() -> None:
    with within(Deadline(1)) as outer:
        with within(Deadline(100)) as inner:
            assert inner is outer and current() is outer
        with within(Deadline(0.5)) as shorter:
            assert current() is shorter and shorter is not outer
    assert current() is None


def test_json_depth_is_capped_before_decoding() -> None:
    request = httpx.Request("GET", LOCAL)
    assert json_body(httpx.Response(200, content=b"[" * 64 + b"]" * 64, request=request)) is not None
    with pytest.raises(errors.APIResponseValidationError, match="deeper"):
        json_body(httpx.Response(200, content=b"[" * 65 + b"]" * 65, request=request))
    wide = b"[" + b",".join([b"[[1]]"] * 1000) + b"]"
    assert len(json_body(httpx.Response(200, content=wide, request=request))) == 1000
