"""Typed errors and the message read from every error-body shape of docs/quirks.md."""

import httpx
import pytest

from astra_devops import errors

TOKEN = "AstraCS:secret-token-value"


def answer(status: int, body: bytes | str, content_type: str = "application/json") -> httpx.Response:
    content = body.encode() if isinstance(body, str) else body
    request = httpx.Request("GET", "https://api.astra.datastax.com/v2/databases/x")
    return httpx.Response(status, content=content, headers={"Content-Type": content_type}, request=request)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # seed 001: the common shape, with a capital ID
        ('{"errors":[{"ID":123,"message":"Something is broken"}]}', "Something is broken"),
        ('{"errors":[{"id":7,"message":"lower-case id"}]}', "lower-case id"),
        # seed 003, BYOK: description / internalCode / internalTxId entries
        ('{"errors":[{"description":"bad key","internalCode":"E1","internalTxId":"t"}]}', "bad key"),
        # seed 003, BYOK: GET /v2/kms/classic 404
        (
            '{"description":"Organization: o does not have any CMKs associated with it."}',
            "Organization: o does not have any CMKs associated with it.",
        ),
        # seed 003, Managing roles: a bare JSON string
        ('"unable to get role for organization"', "unable to get role for organization"),
        ('{"message":"plain message"}', "plain message"),
        ('{"errors":[{"ID":1,"message":"one"},{"ID":2,"message":"two"}]}', "one; two"),
    ],
)
def test_message_is_read_from_each_json_shape(body: str, message: str) -> None:
    error = errors.status_error_from_response(answer(400, body))
    assert error.message == message
    assert error.body == body


def test_html_from_a_proxy_gives_its_title() -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    error = errors.status_error_from_response(answer(502, html, "text/html"))
    assert isinstance(error, errors.InternalServerError)
    assert error.message == "502 Bad Gateway"


@pytest.mark.parametrize(("body", "message"), [("", "Not Found"), ("not json at all", "not json at all")])
def test_empty_or_plain_text_bodies(body: str, message: str) -> None:
    assert errors.status_error_from_response(answer(404, body, "text/plain")).message == message


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
def test_class_by_status(status: int, cls: type[errors.APIStatusError]) -> None:
    error = errors.status_error_from_response(answer(status, "{}"))
    assert type(error) is cls
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url.endswith("/v2/databases/x")


@pytest.mark.parametrize("status", [499, 520, 599])
def test_status_codes_outside_the_iana_list_do_not_crash(status: int) -> None:
    error = errors.status_error_from_response(answer(status, ""))
    assert error.message == f"HTTP {status}"
    assert isinstance(error, errors.InternalServerError if status >= 500 else errors.APIStatusError)


def test_a_token_echoed_by_the_server_is_redacted() -> None:
    body = f'{{"errors":[{{"ID":1,"message":"token {TOKEN} is invalid"}}]}}'
    error = errors.status_error_from_response(answer(401, body), secret=TOKEN)
    assert TOKEN not in str(error) and TOKEN not in error.body and TOKEN not in error.message
    assert "[redacted]" in error.message


def test_the_raw_body_is_kept_truncated() -> None:
    error = errors.status_error_from_response(answer(500, "x" * 10_000, "text/plain"))
    assert len(error.body) == errors.BODY_LIMIT


def test_validation_error_carries_the_body() -> None:
    error = errors.APIResponseValidationError(answer(200, "{oops"), "body is not JSON")
    assert error.body == "{oops" and error.status_code == 200 and "body is not JSON" in str(error)


def test_hierarchy() -> None:
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.ConfigurationError, ValueError)
    assert issubclass(errors.WaitTimeoutError, TimeoutError)
    for cls in (errors.APIStatusError, errors.APIConnectionError, errors.OperationFailedError):
        assert issubclass(cls, errors.AstraDevOpsError)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://s3/b.zip?X-Amz-Signature=abc&X-Amz-Credential=k", "https://s3/b.zip?[redacted]"),
        ("https://blob/b.zip?sv=1&sig=abc", "https://blob/b.zip?[redacted]"),
        (
            "https://api/v2/databases?limit=100&starting_after=db-1",
            "https://api/v2/databases?limit=100&starting_after=db-1",
        ),
        ("https://api/v2/databases", "https://api/v2/databases"),
    ],
)
def test_signed_queries_are_redacted(url: str, shown: str) -> None:
    assert errors.redact_url(url) == shown


def test_an_errors_field_of_any_shape_reads_as_the_status_phrase() -> None:
    request = httpx.Request("GET", "https://api/v2/x")
    for body in (b'{"errors": 5}', b'{"errors": {"a": 1}}', b'{"errors": [1, "x", null]}'):
        error = errors.status_error_from_response(httpx.Response(409, content=body, request=request))
        assert isinstance(error, errors.ConflictError) and error.message == "Conflict" and error.errors == []
