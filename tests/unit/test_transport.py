"""Sending: auth, timeouts, retries and their limits, logging without secrets, safe downloads."""

import io
import logging
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from astra_devops import errors
from astra_devops._async._transport import AsyncTransport
from astra_devops._sync._transport import SyncTransport
from astra_devops._transport import _overridden, json_body

TOKEN = "AstraCS:transport-secret"
BASE = "https://api.astra.datastax.com"
GET = {"method": "get", "url": "/v2/databases/abc"}
CREATE = {"method": "post", "url": "/v2/databases", "json": {"name": "x"}}
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that answers from a script and records every request."""

    def __init__(self, *answers: int | Exception | httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(answer, json={"errors": [{"ID": answer, "message": f"status {answer}"}]})


def make(handler: Handler, *, max_retries: int = 2) -> tuple[SyncTransport, list[float]]:
    sleeps: list[float] = []
    client = SyncTransport(
        token=TOKEN,
        base_url=BASE,
        max_retries=max_retries,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client._sleep = sleeps.append
    return client, sleeps


def test_headers_and_url() -> None:
    recorder = Recorder(200)
    client, _ = make(recorder)
    client.send(GET)
    sent = recorder.requests[0]
    assert str(sent.url) == f"{BASE}/v2/databases/abc"
    assert sent.headers["Authorization"] == f"Bearer {TOKEN}"
    assert sent.headers["Accept"] == "application/json"
    assert sent.headers["User-Agent"].startswith("astra-devops/")


def test_default_timeout_is_30s_read_5s_connect() -> None:
    recorder = Recorder(200)
    client, _ = make(recorder)
    client.send(GET)
    assert recorder.requests[0].extensions["timeout"] == {
        "connect": 5.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }
    client.send(GET, timeout=2.0)
    assert recorder.requests[1].extensions["timeout"]["read"] == 2.0


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_reads_retry_on_transient_statuses(status: int) -> None:
    recorder = Recorder(status, status, 200)
    client, sleeps = make(recorder)
    assert client.send(GET).status_code == 200
    assert len(recorder.requests) == 3 and len(sleeps) == 2


def test_retries_give_up_with_the_typed_error() -> None:
    recorder = Recorder(503)
    client, _ = make(recorder, max_retries=2)
    with pytest.raises(errors.InternalServerError) as caught:
        client.send(GET)
    assert len(recorder.requests) == 3 and caught.value.status_code == 503


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    recorder = Recorder(status)
    client, _ = make(recorder)
    with pytest.raises(errors.APIStatusError):
        client.send(GET)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("status", [500, 502, 504, 408])
def test_a_create_is_not_retried_when_it_may_have_been_processed(status: int) -> None:
    recorder = Recorder(status, 201)
    client, _ = make(recorder)
    with pytest.raises(errors.APIStatusError):
        client.send(CREATE)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("status", [429, 503])
def test_a_create_is_retried_when_surely_unprocessed(status: int) -> None:
    recorder = Recorder(status, 201)
    client, _ = make(recorder)
    assert client.send(CREATE).status_code == 201
    assert len(recorder.requests) == 2


def test_connection_errors() -> None:
    refused = httpx.ConnectError("refused")
    client, _ = make(Recorder(refused, 201))
    assert client.send(CREATE).status_code == 201
    reset = Recorder(httpx.ReadError("reset"), 201)
    client, _ = make(reset)
    with pytest.raises(errors.APIConnectionError):
        client.send(CREATE)
    assert len(reset.requests) == 1
    client, _ = make(Recorder(httpx.ReadTimeout("slow")))
    with pytest.raises(errors.APITimeoutError):
        client.send(GET)


def test_retry_after_seconds_and_http_date() -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    answers = (
        httpx.Response(429, headers={"Retry-After": "7"}),
        httpx.Response(503, headers={"Retry-After": later}),
        httpx.Response(200),
    )
    client, sleeps = make(Recorder(*answers))
    client.send(GET)
    assert sleeps[0] == 7.0
    assert 25 <= sleeps[1] <= 30


def test_retry_after_is_capped_and_garbage_ignored() -> None:
    answers = (
        httpx.Response(429, headers={"Retry-After": "86400"}),
        httpx.Response(429, headers={"Retry-After": "soon"}),
        httpx.Response(200),
    )
    client, sleeps = make(Recorder(*answers))
    client.send(GET)
    assert sleeps[0] == 60.0
    assert 0 <= sleeps[1] <= 1.0


def test_backoff_grows() -> None:
    client, sleeps = make(Recorder(500, 500, 500, 500, 200), max_retries=4)
    client.send(GET)
    assert all(0 <= wait <= cap for wait, cap in zip(sleeps, [0.5, 1, 2, 4], strict=True))


def test_retries_are_logged_at_debug_and_no_record_holds_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client, _ = make(Recorder(503, 200))
    client.send(GET)
    retries = [r for r in caplog.records if r.name == "astra_devops" and r.getMessage().startswith("retry")]
    assert retries and "retry 1 of 2" in retries[0].getMessage()
    assert all(TOKEN not in record.getMessage() for record in caplog.records)


def test_the_token_stays_out_of_error_messages() -> None:
    client, _ = make(Recorder(httpx.ConnectError(f"could not connect {TOKEN}")), max_retries=0)
    with pytest.raises(errors.APIConnectionError) as caught:
        client.send(GET)
    assert TOKEN not in str(caught.value)


def test_json_body_never_raises_a_decode_error() -> None:
    request = httpx.Request("GET", BASE)
    assert json_body(httpx.Response(200, content=b"", request=request)) is None
    with pytest.raises(errors.APIResponseValidationError) as caught:
        json_body(httpx.Response(200, content=b'{"id": ', request=request))
    assert caught.value.body == '{"id": '


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("config.json", "{}")
    return buffer.getvalue()


def test_download_sends_no_authorization_and_installs_a_zip(tmp_path: Path) -> None:
    recorder = Recorder(httpx.Response(200, content=zip_bytes()))
    client, _ = make(recorder)
    client._http.headers["Authorization"] = "Bearer should-not-leak"
    target = client.download("https://storage.example/bundle.zip?sig=1", tmp_path / "bundle.zip")
    assert zipfile.is_zipfile(target)
    assert "authorization" not in recorder.requests[0].headers
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, content=b"<html>not a zip</html>"),
        httpx.Response(403, content=b"<Error/>"),
        httpx.ReadError("reset mid-body"),
    ],
)
def test_a_failed_download_leaves_nothing_and_keeps_the_old_file(tmp_path: Path, answer: object) -> None:
    target = tmp_path / "bundle.zip"
    target.write_bytes(b"previous bundle")
    client, _ = make(Recorder(answer), max_retries=1)  # type: ignore[arg-type]
    with pytest.raises(errors.AstraDevOpsError):
        client.download("https://storage.example/bundle.zip", target)
    assert target.read_bytes() == b"previous bundle"
    assert list(tmp_path.iterdir()) == [target]


async def test_async_client_retries_and_maps_errors() -> None:
    recorder = Recorder(503, 200)
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client = AsyncTransport(
        token=TOKEN, base_url=BASE, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    )
    client._sleep = sleep
    assert (await client.send(GET)).status_code == 200
    assert len(recorder.requests) == 2 and len(sleeps) == 1
    recorder.answers = [404]
    with pytest.raises(errors.NotFoundError):
        await client.send(GET)


def test_an_attempt_never_waits_past_what_the_call_has_left() -> None:
    from astra_devops._transport import _shrunk

    timeout = httpx.Timeout(30.0, connect=5.0)
    assert _shrunk(timeout, 90.0) is timeout
    assert _shrunk(timeout, 2.001).as_dict() == {"connect": 2.01, "read": 2.01, "write": 2.01, "pool": 2.01}
    assert _shrunk(timeout, 10.0).as_dict() == {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}
    unbounded = httpx.Timeout(None, read=30.0)
    assert _shrunk(unbounded, 90.0).as_dict() == {"connect": 90.0, "read": 30.0, "write": 90.0, "pool": 90.0}
    assert _shrunk(timeout, 0.0).read == 0.01


def _sent(request: httpx.Request) -> tuple[str, str, list[tuple[str, str]], bytes, dict[str, Any]]:
    return request.method, str(request.url), request.headers.multi_items(), request.read(), request.extensions


@pytest.mark.parametrize(
    ("request_", "extra"),
    [
        (GET, None),
        ({**CREATE, "params": {"limit": 5}, "headers": {"X-Call": "1"}}, {"accept": "text/", "X-Trace": "t"}),
    ],
)
@pytest.mark.parametrize(
    "given",
    [
        None,
        httpx.Client(),
        httpx.Client(base_url="http://elsewhere.test", headers={"X-Pool": "p", "Accept": "*/*"}),
    ],
    ids=["ours", "plain", "plain-with-headers"],
)
def test_a_request_built_without_build_request_is_the_one_it_builds(
    request_: dict[str, object], extra: dict[str, str] | None, given: httpx.Client | None
) -> None:
    """Our own pool's requests, and a plain given pool's, skip `build_request` (nothing of the pool's to
    merge but its headers): the same method, URL, headers in the same order, body and timeout as httpx's
    own merging gives."""
    timeout = httpx.Timeout(7.0)
    headers = {"accept-encoding": "gzip"}
    transport = SyncTransport(
        token=TOKEN, base_url=BASE, app_name="app/1", default_headers=headers, http_client=given
    )
    method, url, kwargs, _ = transport._prepare(request_, timeout, extra)
    built = transport._build(method, url, timeout, kwargs)
    merged = _overridden(transport._headers, kwargs["headers"])
    reference = transport._http.build_request(method, url, timeout=timeout, **{**kwargs, "headers": merged})
    assert _sent(built) == _sent(reference)
    names = [name for name, _ in built.headers.multi_items()]
    sent = dict(built.headers.multi_items())
    assert names.count("accept-encoding") == 1 and sent["accept-encoding"] == "gzip"
    assert sent["user-agent"].endswith("app/1") and "authorization" not in sent
    assert names.count("accept") == 1
    if extra:
        assert (sent["accept"], sent["x-trace"], sent["x-call"]) == ("text/", "t", "1")


def test_a_given_pools_headers_changed_after_use_are_sent() -> None:
    """The merge kept for a given pool is made again when the pool's own headers change in place."""
    pool = httpx.Client(headers={"X-Team": "a"})
    transport = SyncTransport(token=TOKEN, base_url=BASE, http_client=pool)
    timeout = httpx.Timeout(7.0)
    method, url, kwargs, _ = transport._prepare(GET, timeout, None)
    assert transport._build(method, url, timeout, kwargs).headers["X-Team"] == "a"
    pool.headers["X-Team"] = "b"
    assert transport._build(method, url, timeout, kwargs).headers["X-Team"] == "b"
    pool.headers = httpx.Headers({"X-Other": "c"})
    rebuilt = transport._build(method, url, timeout, kwargs).headers
    assert rebuilt["X-Other"] == "c" and "X-Team" not in rebuilt


class _Subclass(httpx.Client):
    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        request = super().build_request(*args, **kwargs)
        request.headers["X-Built-By"] = "subclass"
        return request


@pytest.mark.parametrize(
    ("pool", "check"),
    [
        (httpx.Client(cookies={"session": "s1"}), lambda r: r.headers["Cookie"] == "session=s1"),
        (httpx.Client(params={"tenant": "t1"}), lambda r: r.url.params["tenant"] == "t1"),
        (_Subclass(), lambda r: r.headers["X-Built-By"] == "subclass"),
    ],
    ids=["cookies", "query", "subclass"],
)
def test_a_given_pool_with_more_than_headers_builds_its_requests(
    pool: httpx.Client, check: Callable[[httpx.Request], bool]
) -> None:
    """A pool with cookies or a query of its own, or a subclass, still goes through its `build_request`."""
    transport = SyncTransport(token=TOKEN, base_url=BASE, http_client=pool)
    timeout = httpx.Timeout(7.0)
    method, url, kwargs, _ = transport._prepare(GET, timeout, None)
    request = transport._build(method, url, timeout, kwargs)
    assert check(request) and request.url.path == "/v2/databases/abc"


def test_a_client_sharing_our_pool_sends_its_own_headers() -> None:
    """`with_options(app_name=...)` shares the source's pool: the merge kept for that pool is its own."""
    source = SyncTransport(token=TOKEN, base_url=BASE, app_name="first/1")
    derived = SyncTransport(token=TOKEN, base_url=BASE, app_name="second/2")
    derived.share_pool_of(source)
    timeout = httpx.Timeout(7.0)
    for transport, name in ((source, "first/1"), (derived, "second/2"), (source, "first/1")):
        method, url, kwargs, _ = transport._prepare(GET, timeout, None)
        assert transport._build(method, url, timeout, kwargs).headers["User-Agent"].endswith(name)
    assert derived._http is source._http
