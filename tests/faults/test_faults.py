"""Each injected fault, on a read and on a create, ends in the right result or the right typed error.

Retries never sleep here (the client's sleep is recorded instead), so every case is fast;
"slow" is a read timeout, raised by the in-process transport as httpx would.
"""

from pathlib import Path

import pytest

from astra_devops import AstraDevOps, errors
from astra_devops.testing import FakeAstra

READ = "GET /v2/databases/{databaseID}"
CREATE = "POST /v2/databases"
BUNDLE = "GET /fake-bundles/{databaseID}/{datacenterID}/{file}"


@pytest.fixture
def sleeps(client: AstraDevOps) -> list[float]:
    recorded: list[float] = []
    client._http._sleep = recorded.append
    return recorded


@pytest.fixture
def database_id(client: AstraDevOps) -> str:
    return client.databases.create(name="db", cloud_provider="AWS", region="us-east-2", poll_interval=0).id


def create(client: AstraDevOps) -> str:
    return client.databases.create(name="new", cloud_provider="AWS", region="us-east-2", wait=False).id


@pytest.mark.parametrize("fault", [429, 503, 500, 502, "html502", "reset", "slow"])
def test_reads_recover_from_one_transient_fault(
    client: AstraDevOps, fake_astra: FakeAstra, database_id: str, sleeps: list[float], fault: object
) -> None:
    fake_astra.fail(READ, [fault])  # type: ignore[list-item]
    assert client.databases.get(database_id).id == database_id
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (503, errors.InternalServerError),
        (429, errors.RateLimitError),
        ("html502", errors.InternalServerError),
        ("reset", errors.APIConnectionError),
        ("slow", errors.APITimeoutError),
    ],
)
def test_reads_give_up_with_the_typed_error(
    client: AstraDevOps,
    fake_astra: FakeAstra,
    database_id: str,
    sleeps: list[float],
    fault: object,
    error: type,
) -> None:
    fake_astra.fail(READ, [fault] * 3)  # type: ignore[list-item]
    with pytest.raises(error):
        client.databases.get(database_id)
    assert len(sleeps) == 2


def test_a_truncated_body_is_a_validation_error(
    client: AstraDevOps, fake_astra: FakeAstra, database_id: str
) -> None:
    fake_astra.fail(READ, ["truncated"])
    with pytest.raises(errors.APIResponseValidationError) as caught:
        client.databases.get(database_id)
    assert caught.value.body.startswith("{")


def test_html502_message_comes_from_the_page(
    client: AstraDevOps, fake_astra: FakeAstra, database_id: str
) -> None:
    fake_astra.fail(READ, ["html502"] * 3)
    with pytest.raises(errors.InternalServerError, match="502 Bad Gateway"):
        client.databases.get(database_id)


@pytest.mark.parametrize("fault", [429, 503])
def test_creates_retry_only_when_surely_unprocessed(
    client: AstraDevOps, fake_astra: FakeAstra, sleeps: list[float], fault: int
) -> None:
    fake_astra.fail(CREATE, [fault])
    database_id = create(client)
    assert list(fake_astra.databases) == [database_id]
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (500, errors.InternalServerError),
        ("html502", errors.InternalServerError),
        ("reset", errors.APIConnectionError),
        ("slow", errors.APITimeoutError),
    ],
)
def test_creates_are_not_repeated_when_they_may_have_happened(
    client: AstraDevOps, fake_astra: FakeAstra, sleeps: list[float], fault: object, error: type
) -> None:
    fake_astra.fail(CREATE, [fault])  # type: ignore[list-item]
    with pytest.raises(error):
        create(client)
    assert sleeps == []
    assert len([r for r in fake_astra.requests if r.method == "POST"]) <= 1


def test_a_truncated_create_answer_still_has_its_location(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    fake_astra.fail(CREATE, ["truncated"])
    assert create(client) in fake_astra.databases


def test_a_wait_rides_out_a_burst_of_faults_while_polling(
    client: AstraDevOps, fake_astra: FakeAstra, sleeps: list[float]
) -> None:
    fake_astra.fail(READ, [503, "reset", 429, 503])
    database = client.databases.create(name="db", cloud_provider="AWS", region="us-east-2", poll_interval=0)
    assert database.status == "ACTIVE"
    # Three retries, and the two pauses (of poll_interval=0) between the polls: all the client's sleep.
    assert len(sleeps) == 5


@pytest.mark.parametrize("fault", ["reset", "truncated", "html502", 503, "slow"])
def test_bundle_download_is_never_half_written(
    client: AstraDevOps,
    fake_astra: FakeAstra,
    database_id: str,
    sleeps: list[float],
    tmp_path: Path,
    fault: object,
) -> None:
    target = tmp_path / "bundle.zip"
    fake_astra.fail(BUNDLE, [fault] * 3)  # type: ignore[list-item]
    with pytest.raises(errors.AstraDevOpsError):
        client.databases.download_secure_bundle(database_id, target)
    assert list(tmp_path.iterdir()) == []


def test_bundle_download_recovers_from_one_fault(
    client: AstraDevOps, fake_astra: FakeAstra, database_id: str, sleeps: list[float], tmp_path: Path
) -> None:
    fake_astra.fail(BUNDLE, ["truncated"])
    with pytest.raises(errors.APIResponseValidationError):
        client.databases.download_secure_bundle(database_id, tmp_path / "a.zip")
    fake_astra.fail(BUNDLE, ["reset"])
    path = client.databases.download_secure_bundle(database_id, tmp_path / "b.zip")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip"] and path.stat().st_size > 0


def test_faults_over_a_real_socket() -> None:
    fake = FakeAstra(slow_seconds=1.0)
    with fake.serve() as url:
        client = AstraDevOps(token=fake.token, base_url=url, timeout=0.3, max_retries=1)
        client._http._sleep = lambda seconds: None
        fake.fail("GET /v2/currentOrg", ["reset"])
        assert client.organizations.current().id == fake.org.id
        fake.fail("GET /v2/currentOrg", ["slow", "slow"])
        with pytest.raises(errors.APITimeoutError):
            client.organizations.current()
        client.close()
