"""Issue 21, the transport's share: one test per defect class and variant, sync and async.

Each asserts the typed error and a generous bound on the time taken; the reading cases (classes 1
and 2) also bound the peak memory traced while the call runs, as a multiple of the size cap.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import os
import pickle
import resource
import signal
import threading
import time
import traceback
import tracemalloc
import warnings
import zlib
from collections.abc import Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops._constants import MAX_BUNDLE_BYTES, MAX_RESPONSE_BYTES

from .conftest import DB, TOKEN, database, run
from .server import Answer, Hostile, always, serve
from .test_hostile import zip_bytes

JSON = {"Content-Type": "application/json"}
MiB = 1024 * 1024


def traced(mode: str, url: str, action: Any, **options: Any) -> tuple[object, float, int]:
    """`run`, with the peak of memory traced while it ran (bytes)."""
    tracemalloc.start()
    try:
        outcome, seconds = run(mode, url, action, **options)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return outcome, seconds, peak


def gzipped(chunk: bytes, times: int, layers: int = 1, *, first: bytes = b"", last: bytes = b"") -> bytes:
    """`first + chunk * times + last`, gzipped `layers` times, never holding the whole plain text."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    packed = packer.compress(first) + b"".join(packer.compress(chunk) for _ in range(times))
    packed += packer.compress(last) + packer.flush()
    for _ in range(layers - 1):
        packed = gzip.compress(packed, 9)
    return packed


@cache
def nested_brackets() -> bytes:
    return gzipped(b"[" * MiB, 63)


@cache
def empty_lists() -> bytes:
    """`[[],[],...,[]]`: 63 MiB of valid JSON, 22 million empty lists."""
    return gzipped(b"[]," * (MiB // 3), 63, first=b"[", last=b"[]]")


@cache
def double_gzip_bomb() -> bytes:
    return gzipped(b"\0" * MiB, 512, layers=2)


# 1. Super-linear work on untrusted text


@pytest.mark.parametrize("tail", ["", "</title", "x" * 3_000])
def test_an_html_title_without_end_is_read_in_linear_time(hostile: Hostile, mode: str, tail: str) -> None:
    body = ("<title>" + " " * 3_000 + tail).encode()
    hostile.script = always(Answer(502, {"Content-Type": "text/html"}, body))
    outcome, seconds = run(mode, hostile.url, lambda c: c.databases.get(DB), timeout=2, max_retries=0)
    assert isinstance(outcome, errors.InternalServerError) and outcome.message == "Bad Gateway"
    assert seconds < 2 + 2


def test_an_html_title_still_gives_the_message(hostile: Hostile, mode: str) -> None:
    body = b"<html><TITLE>\n  502 Bad Gateway from the proxy \n</Title></html>"
    hostile.script = always(Answer(502, {"Content-Type": "text/html"}, body))
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB), max_retries=0)
    assert isinstance(outcome, errors.InternalServerError)
    assert outcome.message == "502 Bad Gateway from the proxy"


@pytest.mark.parametrize("status", [200, 400])
def test_gzipped_nested_brackets_end_within_the_deadline(hostile: Hostile, mode: str, status: int) -> None:
    hostile.script = always(Answer(status, {**JSON, "Content-Encoding": "gzip"}, nested_brackets()))
    outcome, seconds, peak = traced(
        mode, hostile.url, lambda c: c.databases.get(DB), timeout=5, max_retries=0
    )
    expected = errors.APIResponseValidationError if status == 200 else errors.BadRequestError
    assert isinstance(outcome, expected), repr(outcome)
    assert seconds < 5 + 5 and peak < 3 * MAX_RESPONSE_BYTES


@pytest.mark.parametrize("status", [200, 400])
def test_a_listing_of_millions_of_empty_lists_stays_within_memory(
    hostile: Hostile, mode: str, status: int
) -> None:
    hostile.script = always(Answer(status, {**JSON, "Content-Encoding": "gzip"}, empty_lists()))
    action = (lambda c: list(c.databases.list())) if mode == "sync" else _async_list
    outcome, seconds, peak = traced(mode, hostile.url, action, timeout=5, max_retries=0)
    assert seconds < 5 + 5 and peak < 3 * MAX_RESPONSE_BYTES
    expected = errors.APIResponseValidationError if status == 200 else errors.BadRequestError
    assert isinstance(outcome, expected), repr(outcome)
    assert status == 400 or "JSON values" in str(outcome)


async def _async_list(client: Any) -> list[Any]:
    return [item async for item in client.databases.list()]


# 2. Decompression amplification, layer by layer


def test_a_gzip_of_a_gzip_is_capped_as_it_is_decoded(hostile: Hostile, mode: str) -> None:
    hostile.script = always(Answer(200, {**JSON, "Content-Encoding": "gzip, gzip"}, double_gzip_bomb()))
    outcome, seconds, peak = traced(
        mode, hostile.url, lambda c: c.databases.get(DB), timeout=10, max_retries=0
    )
    assert isinstance(outcome, errors.APIResponseValidationError) and "larger than" in str(outcome)
    assert seconds < 10 + 5 and peak < 3 * MAX_RESPONSE_BYTES


def test_more_encodings_than_the_client_undoes_are_refused(hostile: Hostile, mode: str) -> None:
    body = gzip.compress(gzip.compress(gzip.compress(database().body)))
    hostile.script = always(Answer(200, {**JSON, "Content-Encoding": "gzip, gzip, gzip"}, body))
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB), max_retries=0)
    assert isinstance(outcome, errors.APIResponseValidationError) and "content encodings" in str(outcome)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "gzip, deflate", "identity, gzip"])
def test_stacked_and_single_encodings_are_read(hostile: Hostile, mode: str, encoding: str) -> None:
    body = database().body
    for name in (part.strip() for part in encoding.split(",")):
        body = gzip.compress(body) if name == "gzip" else zlib.compress(body) if name == "deflate" else body
    hostile.script = always(Answer(200, {**JSON, "Content-Encoding": encoding}, body))
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB))
    assert getattr(outcome, "id", None) == DB, repr(outcome)


def test_deflate_without_its_zlib_header_is_read_and_garbage_is_typed(hostile: Hostile, mode: str) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = packer.compress(database().body) + packer.flush()
    hostile.script = always(Answer(200, {**JSON, "Content-Encoding": "deflate"}, raw))
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB))
    assert getattr(outcome, "id", None) == DB, repr(outcome)
    hostile.script = always(Answer(200, {**JSON, "Content-Encoding": "deflate"}, b"\xff" * 64))
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB), max_retries=0)
    assert isinstance(outcome, errors.APIResponseValidationError) and "cannot decode" in str(outcome)


def test_a_bundle_bomb_is_capped_as_it_is_decoded(hostile: Hostile, mode: str, tmp_path: Path) -> None:
    bundle = Answer(200, {"Content-Encoding": "gzip, gzip"}, double_gzip_bomb())
    signed = f"{hostile.url}/bundles/b.zip?X-Amz-Signature=presigned-secret"
    hostile.script = lambda seen: bundle if seen.path.startswith("/bundles/") else _bundle_list(signed)
    action = lambda c: c.databases.download_secure_bundle(DB, tmp_path / "b.zip")  # noqa: E731
    outcome, seconds, peak = traced(mode, hostile.url, action, timeout=10, max_retries=0)
    assert isinstance(outcome, errors.APIResponseValidationError) and "larger than" in str(outcome)
    assert seconds < 10 + 5 and peak < 3 * MAX_BUNDLE_BYTES and list(tmp_path.iterdir()) == []


def _bundle_list(download: str) -> Answer:
    return Answer(200, JSON, json.dumps([{"datacenterID": "dc-1", "downloadURL": download}]).encode())


# 3. A pool is never shared across processes (nor, async, across event loops)


class _KeepAlive(BaseHTTPRequestHandler):
    """Answers GET /v2/databases/{id} with that database, keeping connections open; records the
    client port each request came from."""

    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[tuple[int, str]]] = []

    def do_GET(self) -> None:
        self.seen.append((self.client_address[1], self.path))
        body = database(database_id=self.path.rsplit("/", 1)[-1]).body
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def keep_alive() -> Iterator[str]:
    _KeepAlive.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _KeepAlive)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _in_child(call: Any) -> str:
    """Run `call()` in a forked child; what it returned (or the exception's type), read from a pipe."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            os.write(writer, str(call()).encode())
        except BaseException as exc:
            os.write(writer, f"raised {type(exc).__name__}".encode())
        finally:
            os._exit(0)
    os.close(writer)
    for _ in range(300):
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    with os.fdopen(reader, "rb") as pipe:
        return pipe.read().decode()


@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_forked_child_never_reuses_the_parents_connections(keep_alive: str, mode: str) -> None:
    if mode == "sync":
        client: Any = AstraDevOps(token=TOKEN, base_url=keep_alive)
        assert client.databases.get("parent").id == "parent"
        answer = _in_child(lambda: client.databases.get("child").id)
        assert client.databases.get("parent-again").id == "parent-again"
        client.close()
    else:
        client = AsyncAstraDevOps(token=TOKEN, base_url=keep_alive)
        assert asyncio.run(client.databases.get("parent")).id == "parent"
        answer = _in_child(lambda: asyncio.run(client.databases.get("child")).id)
    ports = {path.rsplit("/", 1)[-1]: port for port, path in _KeepAlive.seen}
    assert answer == "child" and ports["child"] != ports["parent"]
    assert mode == "async" or ports["parent-again"] == ports["parent"]


def test_an_async_client_serves_two_event_loops_in_turn(keep_alive: str) -> None:
    client = AsyncAstraDevOps(token=TOKEN, base_url=keep_alive)
    first = asyncio.run(client.databases.get("first"))
    second = asyncio.run(client.databases.get("second"))
    asyncio.run(client.close())
    assert (first.id, second.id) == ("first", "second")


def test_a_given_http_client_is_refused_in_another_process(keep_alive: str) -> None:
    given = httpx.Client()
    client = AstraDevOps(token=TOKEN, base_url=keep_alive, http_client=given)
    assert client.databases.get("parent").id == "parent"
    assert _in_child(lambda: client.databases.get("child").id) == "raised ConfigurationError"
    given.close()


# 4. Secrets


def _library_frames_with_locals(error: BaseException) -> str:
    """Every frame of the client's own code in the error's traceback (and chain), locals included, as
    `traceback` (and so `pytest --showlocals`) prints them; the test's own frames hold the token."""
    shown = traceback.TracebackException(type(error), error, error.__traceback__, capture_locals=True)
    text = []
    for exception in _chain(shown):
        text += [
            "".join(exception.stack.format_frame_summary(frame))
            for frame in exception.stack
            if "/astra_devops/" in frame.filename
        ]
    return "".join(text)


def _chain(shown: traceback.TracebackException) -> list[traceback.TracebackException]:
    found = [shown]
    while (following := found[-1].__cause__ or found[-1].__context__) is not None:
        found.append(following)
    return found


@pytest.mark.parametrize(
    "answer", [Answer(500, JSON, b'{"message": "down"}'), Answer(200, {"Content-Encoding": "gzip"}, b"plain")]
)
def test_no_frame_of_the_request_path_holds_the_token(hostile: Hostile, mode: str, answer: Answer) -> None:
    hostile.script = always(answer)
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB), max_retries=0)
    refused, _ = run(mode, "http://127.0.0.1:9", lambda c: c.databases.get(DB), max_retries=0)
    for error in (outcome, refused):
        assert isinstance(error, errors.AstraDevOpsError), repr(error)
        shown = _library_frames_with_locals(error)
        assert "_transport.py" in shown and ", in send\n" in shown
        assert TOKEN not in shown


def _escaped(token: str) -> str:
    return "".join(f"\\u{ord(char):04x}" if index % 3 == 0 else char for index, char in enumerate(token))


@pytest.mark.parametrize("status", [200, 400, 500])
def test_a_token_echoed_with_json_escapes_is_redacted(hostile: Hostile, mode: str, status: int) -> None:
    token = "AstraCS:slashed/secret-value"
    echoed = _escaped(token).replace("/", "\\/")
    body = f'{{"errors": [{{"message": "bad {echoed}", "ID": 7}}], "message": "{echoed}"}}'.encode()
    hostile.script = always(Answer(status, {**JSON, "X-Echo": f"you sent {token}"}, body))
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB), token=token, max_retries=0)
    assert isinstance(outcome, errors.APIStatusError | errors.APIResponseValidationError), repr(outcome)
    assert outcome.response is not None
    texts = [str(outcome), repr(vars(outcome)), repr(outcome.response.headers), outcome.response.text]
    if isinstance(outcome, errors.APIStatusError):
        texts += [outcome.message, repr(outcome.errors)]
        assert "[redacted]" in outcome.message
    data = pickle.dumps(outcome)
    assert all(token not in text and echoed not in text for text in texts)
    assert token.encode() not in data and echoed.encode() not in data
    assert "[redacted]" in outcome.response.headers["x-echo"]


def test_httpx_logs_no_signed_query(
    hostile: Hostile, mode: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    signed = f"{hostile.url}/bundles/b.zip?X-Amz-Credential=cred-secret&X-Amz-Signature=presigned-secret"
    bundle = Answer(200, {}, zip_bytes())
    hostile.script = lambda seen: bundle if seen.path.startswith("/bundles/") else _bundle_list(signed)
    with caplog.at_level(logging.INFO, logger="httpx"):
        outcome, _ = run(
            mode, hostile.url, lambda c: c.databases.download_secure_bundle(DB, tmp_path / "b.zip")
        )
    assert outcome == tmp_path / "b.zip"
    assert "/bundles/b.zip" in caplog.text
    assert "presigned-secret" not in caplog.text and "cred-secret" not in caplog.text


def test_an_astrarc_line_before_any_section_is_not_quoted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / ".astrarc"
    path.write_text("ASTRA_DB_APPLICATION_TOKEN=AstraCS:file-secret\n[default]\nx=1\n")
    path.chmod(0o600)
    monkeypatch.setenv("ASTRARC", str(path))
    monkeypatch.delenv("ASTRA_DB_APPLICATION_TOKEN", raising=False)
    with pytest.raises(errors.ConfigurationError) as caught:
        AstraDevOps(base_url="http://127.0.0.1:9")
    assert "line 1" in str(caught.value) and "file-secret" not in str(caught.value)


@pytest.mark.parametrize(("mode_bits", "warned"), [(0o644, True), (0o640, True), (0o600, False)])
def test_an_astrarc_others_can_read_gives_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode_bits: int, warned: bool
) -> None:
    path = tmp_path / ".astrarc"
    path.write_text("[default]\nASTRA_DB_APPLICATION_TOKEN=AstraCS:file-secret\n")
    path.chmod(mode_bits)
    monkeypatch.setenv("ASTRARC", str(path))
    monkeypatch.delenv("ASTRA_DB_APPLICATION_TOKEN", raising=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        AstraDevOps(base_url="http://127.0.0.1:9").close()
    ours = [warning for warning in caught if issubclass(warning.category, errors.InsecureFileWarning)]
    assert len(ours) == warned and all("chmod 600" in str(warning.message) for warning in ours)
    assert not any("file-secret" in str(warning.message) for warning in caught)
    assert all(warning.filename == __file__ for warning in ours)


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_the_clients_pool_ignores_proxy_variables(
    hostile: Hostile, mode: str, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    hostile.script = always(database())
    with serve() as proxy:
        proxy.script = always(database("PROXIED"))
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv(variable, proxy.url)
        outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB))
        assert getattr(outcome, "status", None) == "ACTIVE", repr(outcome)
        assert proxy.seen == [] and len(hostile.seen) == 1


@pytest.mark.parametrize(
    "base_url",
    [
        "http://admin:hunter2@127.0.0.1:9",
        "https://admin:hunter2@api.example.com",
        "https://:hunter2@api.example.com/v2",
        "http://127.0.0.1:9/?hunter2=1",
        "http://127.0.0.1:9/#hunter2",
        "ftp://admin:hunter2@host",
        "admin:hunter2@host",
        "https://admin:hunter2@host:99999",
    ],
)
def test_a_base_url_with_credentials_query_or_fragment_is_refused(base_url: str, mode: str) -> None:
    cls = AstraDevOps if mode == "sync" else AsyncAstraDevOps
    with pytest.raises(errors.ConfigurationError) as caught:
        cls(token=TOKEN, base_url=base_url)
    assert "hunter2" not in str(caught.value)


# 5. No raw exception escapes


def test_an_id_too_long_for_a_url_is_refused_before_sending(hostile: Hostile, mode: str) -> None:
    outcome, seconds = run(mode, hostile.url, lambda c: c.databases.get("d" * 100_000))
    assert isinstance(outcome, errors.ConfigurationError), repr(outcome)
    assert hostile.seen == [] and seconds < 5


def test_a_copy_used_after_the_original_is_closed_is_a_typed_error(hostile: Hostile, mode: str) -> None:
    hostile.script = always(database())
    if mode == "sync":
        original = AstraDevOps(token=TOKEN, base_url=hostile.url)
        copy = original.with_options(timeout=3)
        assert copy.databases.get(DB).id == DB
        original.close()
        with pytest.raises(errors.ConfigurationError, match="closed"):
            copy.databases.get(DB)
        return

    async def scenario() -> None:
        original = AsyncAstraDevOps(token=TOKEN, base_url=hostile.url)
        copy = original.with_options(timeout=3)
        assert (await copy.databases.get(DB)).id == DB
        await original.close()
        with pytest.raises(errors.ConfigurationError, match="closed"):
            await copy.databases.get(DB)

    asyncio.run(scenario())


def test_a_bundle_that_cannot_be_written_is_a_typed_oserror(
    hostile: Hostile, mode: str, tmp_path: Path
) -> None:
    """A file-size limit makes the write fail as a full disk would (EFBIG instead of ENOSPC)."""
    payload = zip_bytes() + b"\0" * 100_000
    bundle = Answer(200, {}, payload)
    hostile.script = lambda seen: (
        bundle
        if seen.path.startswith("/bundles/")
        else _bundle_list(f"{hostile.url}/bundles/b.zip?X-Amz-Signature=presigned-secret")
    )
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, limits[1]))
    try:
        outcome, _ = run(
            mode, hostile.url, lambda c: c.databases.download_secure_bundle(DB, tmp_path / "b.zip")
        )
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)
    assert isinstance(outcome, errors.BundleWriteError) and isinstance(outcome, OSError), repr(outcome)
    assert outcome.errno is not None and "presigned-secret" not in str(outcome)
    assert list(tmp_path.iterdir()) == []
