"""One test per defect class of issue 8, sync and async, against a server that misbehaves on purpose.

Each asserts the typed error, a generous bound on the time taken, and which requests left.
"""

from __future__ import annotations

import gzip
import io
import json
import math
import multiprocessing
import pickle
import threading
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from astra_devops import AstraDevOps, errors

from .conftest import DB, TOKEN, database, run
from .server import Answer, Hostile, Seen, always

JSON = {"Content-Type": "application/json"}

# 1. An id can escape its path segment


@pytest.mark.parametrize(
    "action",
    [
        lambda c: c.datacenters.terminate(DB, ".."),
        lambda c: c.databases.terminate(".."),
        lambda c: c.roles.delete(".."),
        lambda c: c.databases.get("."),
        lambda c: c.pcu_groups.delete(".."),
        lambda c: c.pcu_groups.delete(""),
    ],
)
def test_an_id_never_leaves_its_segment(hostile: Hostile, mode: str, action: Any) -> None:
    outcome, seconds = run(mode, hostile.url, action)
    assert isinstance(outcome, errors.ConfigurationError), repr(outcome)
    assert hostile.seen == [] and seconds < 5


def test_an_encoded_dot_is_sent_as_one_literal_segment(hostile: Hostile, mode: str) -> None:
    hostile.script = always(Answer(204))
    outcome, _ = run(mode, hostile.url, lambda c: c.pcu_groups.delete("%2e%2e"))
    assert outcome is None and hostile.paths() == ["/v2/pcus/%252e%252e"]


# 2. Retry-After of any value; no sleep longer than the budget left


@pytest.mark.parametrize(
    "value", ["nan", "NaN", "inf", "-inf", "-5", "1e308", "86400", "Fri, 31 Dec 9999 23:59:59 GMT"]
)
def test_retry_after_never_outlasts_the_budget(hostile: Hostile, mode: str, value: str) -> None:
    hostile.script = always(Answer(503, {"Retry-After": value}))
    outcome, seconds = run(mode, hostile.url, lambda c: c.databases.get(DB), timeout=1, max_retries=2)
    assert isinstance(outcome, errors.InternalServerError) and outcome.status_code == 503
    assert seconds < 3 * 1 + 2
    assert set(hostile.paths()) == {f"/v2/databases/{DB}"}


# 3. Redirects are typed errors, never followed


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize(
    "action",
    [
        lambda c: c.databases.terminate(DB, wait=False),
        lambda c: c.roles.delete("role-1"),
        lambda c: c.databases.create(name="db", cloud_provider="AWS", region="us-east-2", wait=False),
    ],
)
def test_a_redirect_is_an_error_and_is_not_followed(
    hostile: Hostile, mode: str, status: int, action: Any
) -> None:
    hostile.script = always(Answer(status, {"Location": f"{hostile.url}/v2/databases/elsewhere"}))
    outcome, seconds = run(mode, hostile.url, action)
    assert isinstance(outcome, errors.RedirectError) and outcome.status_code == status
    assert len(hostile.seen) == 1 and "elsewhere" not in hostile.seen[0].path
    assert seconds < 5


# 4. Every answer, however malformed, ends in a result or a typed error


@pytest.mark.parametrize(
    "answer",
    [
        Answer(200, JSON, b"[" * 100_000),
        Answer(200, JSON, b'{"id": ' + b"[" * 5_000 + b"]" * 5_000 + b"}"),
        Answer(200, {**JSON, "Content-Encoding": "gzip"}, b'{"id": "db-1"}'),
        Answer(200, {**JSON, "Content-Encoding": "br"}, b"\x00\x01not brotli"),
        Answer(200, JSON, b"\xff\xfe\x00garbage"),
        Answer(200, JSON, b'"a string"'),
    ],
)
def test_a_malformed_answer_is_a_validation_error(hostile: Hostile, mode: str, answer: Answer) -> None:
    hostile.script = always(answer)
    outcome, seconds = run(mode, hostile.url, lambda c: c.databases.get(DB), max_retries=0)
    assert isinstance(outcome, errors.APIResponseValidationError), repr(outcome)
    assert not any(isinstance(link, httpx.HTTPError | RecursionError) for link in chain(outcome))
    assert seconds < 5


def test_a_role_whose_policy_string_nests_deeply_is_a_validation_error(hostile: Hostile, mode: str) -> None:
    policy = '{"description": ' + "[" * 3_000 + "]" * 3_000 + "}"
    body = json.dumps({"ID": "role-1", "Name": "r", "Policy": policy}).encode()
    hostile.script = always(Answer(200, JSON, body))
    outcome, _ = run(mode, hostile.url, lambda c: c.roles.get("role-1"), max_retries=0)
    assert isinstance(outcome, errors.APIResponseValidationError)


@pytest.mark.parametrize(
    "body", [b'{"errors": 5}', b'{"errors": "x"}', b'{"errors": [1, null]}', b"[" * 50_000]
)
def test_an_odd_error_body_still_gives_the_typed_status_error(
    hostile: Hostile, mode: str, body: bytes
) -> None:
    hostile.script = always(Answer(400, JSON, body))
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB))
    assert isinstance(outcome, errors.BadRequestError) and outcome.status_code == 400
    assert outcome.message == "Bad Request" or outcome.message == body[:200].decode()


def test_gzip_error_body_that_is_not_gzip(hostile: Hostile, mode: str) -> None:
    hostile.script = always(Answer(404, {"Content-Encoding": "gzip"}, b"plain"))
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB))
    assert isinstance(outcome, errors.APIResponseValidationError)
    hostile.script = always(Answer(404, {"Content-Encoding": "gzip"}, gzip.compress(b'{"message": "no db"}')))
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB))
    assert isinstance(outcome, errors.NotFoundError) and outcome.message == "no db"


# 5. A wait returns or raises within its timeout plus one request timeout


def test_a_wait_polling_through_retry_after_ends_in_time(hostile: Hostile, mode: str) -> None:
    hostile.script = always(Answer(429, {"Retry-After": "30"}))
    outcome, seconds = run(
        mode,
        hostile.url,
        lambda c: c.databases.wait_for_status(DB, "ACTIVE", timeout=1, poll_interval=0.1),
        timeout=1,
    )
    assert isinstance(outcome, errors.WaitTimeoutError)
    assert seconds < 1 + 1 + 1.5


def _busy_then_maintenance(hostile: Hostile, busy_for: float) -> None:
    clock = threading.Event()
    timer = threading.Timer(busy_for, clock.set)
    timer.daemon = True
    timer.start()

    def script(seen: Seen) -> Answer:
        if seen.method == "POST":
            return Answer(201) if clock.is_set() else Answer(409, JSON, b'{"errors": [{"message": "busy"}]}')
        return database("MAINTENANCE")

    hostile.script = script


@pytest.mark.parametrize(
    "action",
    [
        lambda c: c.keyspaces.create(DB, "ks", timeout=2, poll_interval=0.2),
        lambda c: c.datacenters.terminate(DB, "dc-2", timeout=2, poll_interval=0.2),
    ],
)
def test_busy_then_settling_share_one_deadline(hostile: Hostile, mode: str, action: Any) -> None:
    _busy_then_maintenance(hostile, busy_for=1.8)
    outcome, seconds = run(mode, hostile.url, action, timeout=0.5)
    assert isinstance(outcome, errors.WaitTimeoutError | errors.ConflictError), repr(outcome)
    assert seconds < 2 + 0.5 + 0.7


# 6. A request's timeout bounds the whole request, body included


def test_a_trickled_body_is_cut_at_the_deadline(hostile: Hostile, mode: str) -> None:
    hostile.script = always(Answer(200, JSON, b" " * 40 + b"{}", trickle=0.2))
    outcome, seconds = run(mode, hostile.url, lambda c: c.databases.get(DB), timeout=1, max_retries=0)
    assert isinstance(outcome, errors.APITimeoutError)
    assert seconds < 1 + 1 + 0.5


def bundle_list(hostile: Hostile, download: str) -> Answer:
    entry = {"datacenterID": "dc-1", "downloadURL": download}
    return Answer(200, JSON, json.dumps([entry]).encode())


def _bundle_script(hostile: Hostile, bundle: Answer, download: str | None = None) -> None:
    url = download or f"{hostile.url}/bundles/b.zip?X-Amz-Signature=presigned-secret"

    def script(seen: Seen) -> Answer:
        return bundle if seen.path.startswith("/bundles/") else bundle_list(hostile, url)

    hostile.script = script


def test_a_trickled_bundle_is_cut_at_the_deadline(hostile: Hostile, mode: str, tmp_path: Path) -> None:
    _bundle_script(hostile, Answer(200, {}, zip_bytes(), trickle=0.2))
    action = lambda c: c.databases.download_secure_bundle(DB, tmp_path / "b.zip")  # noqa: E731
    outcome, seconds = run(mode, hostile.url, action, timeout=1, max_retries=0)
    assert isinstance(outcome, errors.APITimeoutError)
    assert "presigned-secret" not in str(outcome)
    assert seconds < 1 + 1 + 1 and list(tmp_path.iterdir()) == []


# 7. Every public exception pickles with its fields


def public_errors() -> list[errors.AstraDevOpsError]:
    request = httpx.Request("GET", "https://h/v2/x", headers={"Authorization": f"Bearer {TOKEN}"})
    body = {"errors": [{"message": f"no {TOKEN}"}]}
    answers = [httpx.Response(status, json=body, request=request) for status in (302, 400, 401, 403, 404)]
    answers += [httpx.Response(status, json=body, request=request) for status in (409, 418, 422, 429, 500)]
    return [
        errors.AstraDevOpsError("x"),
        errors.ConfigurationError("bad"),
        errors.APIConnectionError("down", method="GET", url="u"),
        errors.APITimeoutError("slow", method="GET", url="u"),
        *[errors.status_error_from_response(answer) for answer in answers],
        errors.APIResponseValidationError(answers[0], "bad body"),
        errors.APIResponseValidationError(None, "no progress"),
        errors.WaitTimeoutError("db", "ACTIVE", "PENDING"),
        errors.OperationFailedError("db", "ACTIVE", "ERROR"),
        errors.WaitTimeoutError(
            "db", "ACTIVE", "PENDING", waited=1.5, resume="databases.wait_for_status('db', 'ACTIVE')"
        ),
        errors.UnreachableStatusError("db", "ACTIVE", "PARKED", "databases.unpark('db')"),
        errors.BundleWriteError(28, "cannot write the secure bundle to b.zip: No space left on device"),
        errors.InsecureFileWarning("~/.astrarc can be read by other users"),
    ]


def test_every_public_exception_round_trips_through_pickle() -> None:
    for error in public_errors():
        data = pickle.dumps(error)
        copy = pickle.loads(data)
        assert type(copy) is type(error) and str(copy) == str(error) and copy.args == error.args
        assert vars(copy).keys() == vars(error).keys()
        assert all(vars(copy)[key] == value for key, value in vars(error).items() if key != "response")
        assert TOKEN.encode() not in data
    classes = {cls for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, Exception)}
    assert {type(error) for error in public_errors()} == classes


def raise_in_child(status: int) -> None:
    request = httpx.Request(
        "GET", "https://h/v2/databases/db-1", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    raise errors.status_error_from_response(httpx.Response(status, json={"message": "gone"}, request=request))


def test_an_error_raised_in_a_process_pool_reaches_the_parent() -> None:
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        with pytest.raises(errors.NotFoundError) as caught:
            pool.submit(raise_in_child, 404).result(timeout=30)
        assert pool.submit(math.sqrt, 4.0).result(timeout=30) == 2.0
    assert caught.value.message == "gone" and caught.value.status_code == 404


def test_an_error_from_the_wire_pickles(hostile: Hostile, mode: str) -> None:
    hostile.script = always(Answer(404, JSON, json.dumps({"message": f"no {TOKEN}"}).encode()))
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.get(DB))
    assert isinstance(outcome, errors.NotFoundError)
    copy = pickle.loads(pickle.dumps(outcome))
    assert copy.status_code == 404 and copy.response is not None and copy.response.status_code == 404


# 8. The bundle download trusts nothing it is given


@pytest.mark.parametrize(
    "url",
    [
        "http://10.255.255.1/b.zip?X-Amz-Signature=presigned-secret",
        "file:///etc/passwd",
        "ftp://x/b.zip",
        "b.zip",
    ],
)
def test_a_bundle_url_must_be_https(hostile: Hostile, mode: str, tmp_path: Path, url: str) -> None:
    _bundle_script(hostile, Answer(200, {}, zip_bytes()), url)
    action = lambda c: c.databases.download_secure_bundle(DB, tmp_path / "b.zip")  # noqa: E731
    outcome, seconds = run(mode, hostile.url, action)
    assert isinstance(outcome, errors.ConfigurationError)
    assert "presigned-secret" not in str(outcome)
    assert hostile.paths() == [f"/v2/databases/{DB}/secureBundleURL?all=true"] and seconds < 5


def test_a_bundle_larger_than_the_cap_is_refused(hostile: Hostile, mode: str, tmp_path: Path) -> None:
    _bundle_script(hostile, Answer(200, {}, b"\0" * (16 * 1024 * 1024 + 1)))
    action = lambda c: c.databases.download_secure_bundle(DB, tmp_path / "b.zip")  # noqa: E731
    outcome, _ = run(mode, hostile.url, action, max_retries=0)
    assert isinstance(outcome, errors.APIResponseValidationError) and "larger" in str(outcome)
    assert list(tmp_path.iterdir()) == []


def test_a_bundle_error_keeps_the_signature_out(hostile: Hostile, mode: str, tmp_path: Path) -> None:
    _bundle_script(hostile, Answer(403, {"Content-Type": "application/xml"}, b"<Error>denied</Error>"))
    action = lambda c: c.databases.download_secure_bundle(DB, tmp_path / "b.zip")  # noqa: E731
    outcome, _ = run(mode, hostile.url, action)
    assert isinstance(outcome, errors.PermissionDeniedError)
    assert "presigned-secret" not in str(outcome) + outcome.url + str(outcome.response.request.url)
    assert "authorization" not in hostile.seen[-1].headers


@pytest.mark.parametrize("where", ["directory", "missing folder"])
def test_a_bad_destination_is_refused_before_any_request(
    hostile: Hostile, mode: str, tmp_path: Path, where: str
) -> None:
    _bundle_script(hostile, Answer(200, {}, zip_bytes()))
    destination = tmp_path if where == "directory" else tmp_path / "nope" / "b.zip"
    outcome, _ = run(mode, hostile.url, lambda c: c.databases.download_secure_bundle(DB, destination))
    assert isinstance(outcome, errors.ConfigurationError) and hostile.seen == []


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("config.json", "{}")
    return buffer.getvalue()


# 9. A cursor that does not move forward


def test_a_server_ignoring_the_cursor_does_not_loop(hostile: Hostile, mode: str) -> None:
    page = [json.loads(database(database_id=f"db-{n}").body) for n in range(2)]
    hostile.script = always(Answer(200, JSON, json.dumps(page).encode()))
    action = collect_all if mode == "sync" else async_collect_all
    outcome, seconds = run(mode, hostile.url, action)
    assert isinstance(outcome, errors.APIResponseValidationError) and "does not advance" in str(outcome)
    assert len(hostile.seen) == 2 and seconds < 5


def collect_all(client: Any) -> list[Any]:
    return list(client.databases.list(page_size=2))


async def async_collect_all(client: Any) -> list[Any]:
    return [item async for item in client.databases.list(page_size=2)]


# 10. The lazy pool is opened once, whatever the threads


def test_the_lazy_pool_is_built_once_under_threads_and_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    from astra_devops._sync._transport import SyncTransport

    built: list[httpx.Client] = []
    original = SyncTransport._new_pool

    def slow_pool(self: SyncTransport) -> httpx.Client:
        threading.Event().wait(0.01)
        pool = original(self)
        built.append(pool)
        return pool

    monkeypatch.setattr(SyncTransport, "_new_pool", slow_pool)
    for _ in range(5):
        client = AstraDevOps(token=TOKEN, base_url="http://127.0.0.1:9")
        barrier = threading.Barrier(8)
        seen: list[httpx.Client] = []

        def touch(
            barrier: threading.Barrier = barrier,
            client: AstraDevOps = client,
            seen: list[httpx.Client] = seen,
        ) -> None:
            barrier.wait()
            seen.append(client._http._http)

        threads = [threading.Thread(target=touch) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        client.close()
        assert len({id(pool) for pool in seen}) == 1
    assert len(built) == 5 and all(pool.is_closed for pool in built)
    with pytest.raises(errors.ConfigurationError, match="closed"):
        client.databases.get(DB)


# 11. Tokens and secrets


@pytest.mark.parametrize(
    "token", ["AstraCS:a\nb", "AstraCS:a\x00b", "AstraCS:é", "AstraCS:a b", "AstraCS:\u2028x"]
)
def test_a_malformed_token_is_refused_without_its_value(token: str) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        AstraDevOps(token=token, base_url="http://127.0.0.1:9")
    assert token.strip() not in str(caught.value)


def chain(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def test_no_error_carries_the_token_or_the_authorized_request(hostile: Hostile, mode: str) -> None:
    hostile.script = always(Answer(200, JSON, f'{{"echo": "{TOKEN}", '.encode()))
    invalid, _ = run(mode, hostile.url, lambda c: c.databases.get(DB), max_retries=0)
    hostile.script = always(Answer(500, JSON, json.dumps({"message": f"bad token {TOKEN}"}).encode()))
    status, _ = run(mode, hostile.url, lambda c: c.databases.get(DB), max_retries=0)
    refused, _ = run(mode, "http://127.0.0.1:9", lambda c: c.databases.get(DB), max_retries=0)
    assert isinstance(invalid, errors.APIResponseValidationError) and "[redacted]" in invalid.body
    assert isinstance(status, errors.InternalServerError) and isinstance(refused, errors.APIConnectionError)
    for error in (invalid, status, refused):
        assert chain(error) == [error]
        assert TOKEN.encode() not in pickle.dumps(error)
        assert TOKEN not in repr(vars(error))
    assert status.response is not None and "authorization" not in status.response.request.headers


# 12. NaN and None slip through no input check


@pytest.mark.parametrize(
    "action",
    [
        lambda c: c.databases.wait_for_status(DB, None),
        lambda c: c.databases.wait_for_status(DB, "ACTIVE", timeout=math.nan),
        lambda c: c.databases.wait_for_status(DB, "ACTIVE", timeout=math.inf),
        lambda c: c.databases.wait_for_status(DB, "ACTIVE", timeout=None),
        lambda c: c.databases.wait_for_status(DB, "ACTIVE", timeout=-1),
        lambda c: c.databases.wait_for_status(DB, "ACTIVE", poll_interval=math.nan),
        lambda c: c.keyspaces.create(DB, "ks", timeout=math.nan),
        lambda c: c.datacenters.terminate(DB, "dc", timeout=math.nan),
        lambda c: c.databases.terminate(DB, timeout=math.nan, wait=False),
        lambda c: c.with_options(timeout=math.nan),
        lambda c: c.databases.update_engine_type(DB, timeout=math.nan),
    ],
)
def test_nan_and_none_are_refused_before_any_request(hostile: Hostile, mode: str, action: Any) -> None:
    outcome, _ = run(mode, hostile.url, action)
    assert isinstance(outcome, errors.ConfigurationError), repr(outcome)
    assert hostile.seen == []


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": math.nan},
        {"timeout": math.inf},
        {"timeout": 0},
        {"timeout": httpx.Timeout(math.nan)},
        {"timeout": httpx.Timeout(None)},
        {"max_retries": 10**9},
        {"default_headers": {"Authorization": "Bearer other"}},
        {"default_headers": {"X-Bad": "a\r\nInjected: 1"}},
        {"app_name": "me\n"},
    ],
)
def test_bad_constructor_options_are_refused(options: dict[str, Any]) -> None:
    with pytest.raises(errors.ConfigurationError):
        AstraDevOps(token=TOKEN, base_url="http://127.0.0.1:9", **options)


def test_a_cookie_set_by_an_answer_is_never_sent_back(hostile: Hostile, mode: str) -> None:
    """The API authenticates with the token: a cookie a proxy sets (a load balancer's stickiness, a
    session) is not kept, so no later request carries it."""
    answer = database()
    hostile.script = always(Answer(200, {**answer.headers, "Set-Cookie": "lb=sticky; Path=/"}, answer.body))

    def twice(client: Any) -> Any:
        if mode == "sync":
            return [client.databases.get(DB), client.databases.get(DB)]

        async def both() -> list[Any]:
            return [await client.databases.get(DB), await client.databases.get(DB)]

        return both()

    outcome, _ = run(mode, hostile.url, twice)
    assert [database.id for database in outcome] == [DB, DB]  # type: ignore[attr-defined]
    assert len(hostile.seen) == 2
    assert not any("cookie" in (name.lower() for name in seen.headers) for seen in hostile.seen)
