"""Per-call `extra_headers` on every resource method, sync and async.

Every public method of every resource group takes `extra_headers` (a new method without it fails
here). A hand-written method sends them with every request it makes: its lookups, every poll of
its wait, each page of the listing it returns (fetched later), never with the download from
storage; the next call without them sends none.
"""

from __future__ import annotations

import asyncio
import inspect
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from astra_devops_api.models import PCUGroupCreateRequest

from astra_devops import AstraDevOps, AsyncAstraDevOps, errors
from astra_devops._async._endpoints import async_action, async_endpoint, async_poll, async_read
from astra_devops._async._resource import AsyncResource
from astra_devops._sync._endpoints import action, endpoint, poll, read
from astra_devops._sync._resource import SyncResource
from astra_devops.testing import FakeAstra
from astra_devops.testing._http import Request

ROOT = Path(__file__).resolve().parents[2]
MAPPED = re.findall(r"\| `(\w+)\.(\w+)` \|\s*$", (ROOT / "docs" / "operations.md").read_text(), re.MULTILINE)
CLIENTS = {"sync": AstraDevOps, "async": AsyncAstraDevOps}
# The one-line declarations that stand for hand-written methods (an endpoint's is generated).
DECLARED = (action, async_action, poll, async_poll, read, async_read)
HEADER, VALUE = "x-trace-id", "t-42"
TRACE = {"X-Trace-Id": VALUE}
FAST = {"poll_interval": 0, "timeout": 30}
TRACED = {**FAST, "extra_headers": TRACE}
POLICY = {"description": "read", "resources": ["drn:astra:org:x"], "actions": ["db-cql"], "effect": "allow"}
GROUP = [PCUGroupCreateRequest(title="g", cloud_provider="AWS", region="us-east-1", min_=1, max_=2)]


def _methods(kind: str) -> list[tuple[str, str, bool]]:
    """(group, method, hand-written) for every public method of every resource group of the client."""
    client = CLIENTS[kind](token="AstraCS:extra-headers-test")
    found = []
    for group in dir(client):
        resource = getattr(client, group)
        if not isinstance(resource, SyncResource | AsyncResource):
            continue
        for name in dir(type(resource)):
            declared = inspect.getattr_static(type(resource), name)
            method = inspect.isfunction(declared) or isinstance(declared, DECLARED)
            if not name.startswith("_") and (method or _is_endpoint(declared)):
                found.append((group, name, not _is_endpoint(declared)))
    return found


def _is_endpoint(declared: object) -> bool:
    return isinstance(declared, endpoint | async_endpoint)


METHODS = [(kind, *method) for kind in CLIENTS for method in _methods(kind)]


def test_every_mapped_operation_and_every_hand_written_method_is_enumerated() -> None:
    assert len(MAPPED) == 128
    for kind in CLIENTS:
        listed = {(group, method) for k, group, method, _ in METHODS if k == kind}
        assert set(MAPPED) <= listed
        hand_written = {(group, method) for k, group, method, hand in METHODS if k == kind and hand}
        assert {("databases", "create"), ("databases", "list"), ("keyspaces", "create")} <= hand_written
        assert len(hand_written) >= 56


@pytest.mark.parametrize(
    ("kind", "group", "method"), [m[:3] for m in METHODS], ids=[f"{m[0]}-{m[1]}.{m[2]}" for m in METHODS]
)
def test_every_method_takes_extra_headers(kind: str, group: str, method: str) -> None:
    bound = getattr(getattr(CLIENTS[kind](token="AstraCS:extra-headers-test"), group), method)
    parameter = inspect.signature(bound).parameters["extra_headers"]
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
    assert parameter.default is None
    assert parameter.annotation in ("Headers | None", "Mapping[str, str] | None")


def _unmarked(sent: list[Request]) -> list[str]:
    return [f"{r.method} {r.path}" for r in sent if r.headers.get(HEADER) != VALUE]


def _carried(fake: FakeAstra, action: Callable[[], object]) -> list[str]:
    """Run `action`; every request it made carries the header. The requests, as "METHOD path"."""
    start = len(fake.requests)
    action()
    sent = fake.requests[start:]
    assert sent and _unmarked(sent) == []
    return [f"{r.method} {r.path}" for r in sent]


async def _async_carried(fake: FakeAstra, action: Callable[[], Awaitable[object]]) -> list[str]:
    start = len(fake.requests)
    await action()
    sent = fake.requests[start:]
    assert sent and _unmarked(sent) == []
    return [f"{r.method} {r.path}" for r in sent]


def _no_leak(fake: FakeAstra) -> None:
    """The request just made, by a call without extra_headers, carries none."""
    assert HEADER not in fake.requests[-1].headers


def _count(sent: list[str], pattern: str) -> int:
    return sum(1 for request in sent if re.fullmatch(pattern, request))


# ----------------------------------------------------------------------------------------- sync


def test_a_waiting_create_sends_them_with_its_lookups_and_every_poll(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    group_id = client.pcu_groups.create(body=GROUP)[0].uuid
    assert isinstance(group_id, str)
    sent = _carried(
        fake_astra,
        lambda: client.databases.create(
            name="a",
            cloud_provider="AWS",
            region="us-east-1",
            pcu_group_id=group_id,
            if_exists="return",
            **TRACED,
        ),
    )
    assert sent[:3] == ["POST /v2/pcus/actions/get", "GET /v2/databases", "POST /v2/databases"]
    assert _count(sent, r"GET /v2/databases/[\w-]+") >= 2
    client.roles.list()
    _no_leak(fake_astra)


def test_park_unpark_resize_and_terminate_send_them_with_every_poll(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    database = client.databases.create(
        name="c", cloud_provider="AWS", region="us-east-2", tier="C10", capacity_units=3, db_type=None, **FAST
    ).id
    for call, path in [
        (lambda: client.databases.park(database, **TRACED), "park"),
        (lambda: client.databases.unpark(database, **TRACED), "unpark"),
        (lambda: client.databases.resize(database, 6, **TRACED), "resize"),
        (lambda: client.databases.terminate(database, **TRACED), "terminate"),
    ]:
        sent = _carried(fake_astra, call)
        assert sent[0] == f"POST /v2/databases/{database}/{path}"
        assert _count(sent, f"GET /v2/databases/{database}") >= 1
        client.organizations.current()
        _no_leak(fake_astra)


def test_keyspace_and_datacenter_changes_send_them_while_waiting(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    database = client.databases.create(name="k", cloud_provider="AWS", region="us-east-1", **FAST).id
    sent = _carried(
        fake_astra, lambda: client.keyspaces.create(database, "more", if_exists="return", **TRACED)
    )
    assert f"POST /v2/databases/{database}/keyspaces/more" in sent
    assert _count(sent, f"GET /v2/databases/{database}") >= 2
    sent = _carried(
        fake_astra,
        lambda: client.datacenters.add(database, cloud_provider="AWS", region="us-west-2", **TRACED),
    )
    assert sent[0] == f"POST /v2/databases/{database}/datacenters"
    assert _count(sent, f"GET /v2/databases/{database}/datacenters") >= 1
    client.keyspaces.list(database)
    _no_leak(fake_astra)


def test_a_listing_sends_them_with_every_page_fetched_later(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    for index in range(5):
        client.databases.create(name=f"d{index}", cloud_provider="AWS", region="us-east-1", wait=False)
    start = len(fake_astra.requests)
    listing = client.databases.list(page_size=2, extra_headers=TRACE)
    assert len(fake_astra.requests) == start
    client.organizations.current()
    _no_leak(fake_astra)
    middle = len(fake_astra.requests)
    assert len(list(listing)) == 5
    pages = fake_astra.requests[middle:]
    assert len(pages) == 3 and _unmarked(pages) == []
    assert len(list(client.databases.list(page_size=2))) == 5
    _no_leak(fake_astra)


def test_organization_methods_send_them(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    role = client.roles.create("reader", POLICY)
    sent = _carried(
        fake_astra, lambda: client.roles.create("reader", POLICY, if_exists="return", extra_headers=TRACE)
    )
    assert sent == ["GET /v2/organizations/roles"]
    sent = _carried(fake_astra, lambda: client.users.invite("x@example.com", [role.id], extra_headers=TRACE))
    assert sent == ["GET /v2/currentOrg", "PUT /v2/organizations/users"]
    database = client.databases.create(name="a", cloud_provider="AWS", region="us-east-1", **FAST).id
    _carried(fake_astra, lambda: client.access_lists.add(database, ["10.0.0.0/24"], extra_headers=TRACE))
    assert client.access_lists.get(database).addresses
    _no_leak(fake_astra)


def test_migration_and_snapshot_waits_send_them_with_every_poll(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    source = client.databases.create(name="s", cloud_provider="AWS", region="us-east-1", **FAST).id
    target = client.databases.create(name="t", cloud_provider="AWS", region="us-east-1", **FAST).id
    sent = _carried(fake_astra, lambda: client.migrations.initialize(source, **TRACED))
    assert len(sent) >= 2 and "migrations" in sent[-1]
    snapshot = client.snapshots.list(source).snapshots[0].id
    _no_leak(fake_astra)
    assert isinstance(snapshot, str)
    sent = _carried(
        fake_astra, lambda: client.snapshots.clone(target, source, snapshot_id=snapshot, **TRACED)
    )
    assert _count(sent, r"GET .*/cloneStatus/.*") >= 1
    client.databases.get(target)
    _no_leak(fake_astra)


def test_the_bundle_url_request_has_them_the_storage_download_does_not(
    client: AstraDevOps, fake_astra: FakeAstra, tmp_path: Path
) -> None:
    database = client.databases.create(name="b", cloud_provider="AWS", region="us-east-1", **FAST).id
    start = len(fake_astra.requests)
    client.databases.download_secure_bundle(database, tmp_path / "scb.zip", extra_headers=TRACE)
    api, storage = fake_astra.requests[start:]
    assert api.path == f"/v2/databases/{database}/secureBundleURL" and api.headers[HEADER] == VALUE
    assert storage.path.startswith("/fake-bundles/")
    assert HEADER not in storage.headers and "authorization" not in storage.headers


def test_refused_headers_fail_before_any_request_and_a_failed_call_leaks_nothing(
    client: AstraDevOps, fake_astra: FakeAstra
) -> None:
    with pytest.raises(errors.ConfigurationError, match="Authorization header comes from the token"):
        client.databases.get("db-1", extra_headers={"authorization": "Bearer other"})
    with pytest.raises(errors.ConfigurationError, match="extra_headers must be a mapping"):
        client.databases.get("db-1", extra_headers=["X-Trace-Id"])  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="printable ASCII"):
        client.roles.list(extra_headers={"X-Trace-Id": "line\nbreak"})
    assert fake_astra.requests == []
    with pytest.raises(errors.NotFoundError):
        client.databases.get("no-such-database", extra_headers=TRACE)
    assert fake_astra.requests[-1].headers[HEADER] == VALUE
    client.organizations.current()
    _no_leak(fake_astra)


def test_the_token_still_authorizes_every_request(client: AstraDevOps, fake_astra: FakeAstra) -> None:
    client.databases.create(name="a", cloud_provider="AWS", region="us-east-1", **TRACED)
    assert {r.headers["authorization"] for r in fake_astra.requests} == {f"Bearer {fake_astra.token}"}


# ---------------------------------------------------------------------------------------- async


async def test_async_waiting_calls_send_them_with_every_poll(
    async_client: AsyncAstraDevOps, fake_astra: FakeAstra
) -> None:
    group_id = (await async_client.pcu_groups.create(body=GROUP))[0].uuid
    assert isinstance(group_id, str)
    created = await async_client.databases.create(
        name="a", cloud_provider="AWS", region="us-east-1", pcu_group_id=group_id, if_exists="return", **FAST
    )
    database = created.id
    sent = await _async_carried(
        fake_astra, lambda: async_client.keyspaces.create(database, "more", if_exists="return", **TRACED)
    )
    assert _count(sent, f"GET /v2/databases/{database}") >= 2
    sent = await _async_carried(
        fake_astra,
        lambda: async_client.datacenters.add(database, cloud_provider="AWS", region="us-west-2", **TRACED),
    )
    assert _count(sent, f"GET /v2/databases/{database}/datacenters") >= 1
    sent = await _async_carried(fake_astra, lambda: async_client.migrations.initialize(database, **TRACED))
    assert len(sent) >= 2
    await async_client.organizations.current()
    _no_leak(fake_astra)
    sent = await _async_carried(fake_astra, lambda: async_client.databases.terminate(database, **TRACED))
    assert sent[0] == f"POST /v2/databases/{database}/terminate"
    assert _count(sent, f"GET /v2/databases/{database}") >= 1
    await async_client.organizations.current()
    _no_leak(fake_astra)


async def test_async_create_sends_them_with_its_lookups(
    async_client: AsyncAstraDevOps, fake_astra: FakeAstra
) -> None:
    group_id = (await async_client.pcu_groups.create(body=GROUP))[0].uuid
    assert isinstance(group_id, str)
    sent = await _async_carried(
        fake_astra,
        lambda: async_client.databases.create(
            name="a",
            cloud_provider="AWS",
            region="us-east-1",
            pcu_group_id=group_id,
            if_exists="return",
            **TRACED,
        ),
    )
    assert sent[:3] == ["POST /v2/pcus/actions/get", "GET /v2/databases", "POST /v2/databases"]
    assert _count(sent, r"GET /v2/databases/[\w-]+") >= 2
    await async_client.roles.list()
    _no_leak(fake_astra)


async def test_async_listing_sends_them_with_every_page(
    async_client: AsyncAstraDevOps, fake_astra: FakeAstra
) -> None:
    for index in range(5):
        await async_client.databases.create(
            name=f"d{index}", cloud_provider="AWS", region="us-east-1", wait=False
        )
    listing = async_client.databases.list(page_size=2, extra_headers=TRACE)
    await async_client.organizations.current()
    _no_leak(fake_astra)
    start = len(fake_astra.requests)
    assert len([database async for database in listing]) == 5
    pages = fake_astra.requests[start:]
    assert len(pages) == 3 and _unmarked(pages) == []


async def test_async_organization_methods_and_the_bundle(
    async_client: AsyncAstraDevOps, fake_astra: FakeAstra, tmp_path: Path
) -> None:
    role = await async_client.roles.create("reader", POLICY)
    sent = await _async_carried(
        fake_astra, lambda: async_client.users.invite("x@example.com", [role.id], extra_headers=TRACE)
    )
    assert sent == ["GET /v2/currentOrg", "PUT /v2/organizations/users"]
    database = (
        await async_client.databases.create(name="b", cloud_provider="AWS", region="us-east-1", **FAST)
    ).id
    await _async_carried(
        fake_astra, lambda: async_client.access_lists.add(database, ["10.0.0.0/24"], extra_headers=TRACE)
    )
    start = len(fake_astra.requests)
    await async_client.databases.download_secure_bundle(database, tmp_path / "scb.zip", extra_headers=TRACE)
    api, storage = fake_astra.requests[start:]
    assert api.headers[HEADER] == VALUE
    assert storage.path.startswith("/fake-bundles/")
    assert HEADER not in storage.headers and "authorization" not in storage.headers
    with pytest.raises(errors.ConfigurationError, match="Authorization header comes from the token"):
        await async_client.roles.list(extra_headers={"Authorization": "Bearer other"})
    await async_client.roles.list()
    _no_leak(fake_astra)


async def test_concurrent_async_calls_each_send_only_their_own(
    async_client: AsyncAstraDevOps, fake_astra: FakeAstra
) -> None:
    """Two keyspace changes at once, their requests interleaved: each sends its own header only."""
    databases = [
        (await async_client.databases.create(name=name, cloud_provider="AWS", region="us-east-1", **FAST)).id
        for name in ("one", "two")
    ]
    start = len(fake_astra.requests)
    await asyncio.gather(
        *[
            async_client.keyspaces.create(database, "more", **FAST, extra_headers={"X-Trace-Id": database})
            for database in databases
        ]
    )
    sent = fake_astra.requests[start:]
    assert [r.method for r in sent[:2]] == ["POST", "POST"]
    assert [r.path for r in sent if not r.path.startswith(f"/v2/databases/{r.headers[HEADER]}")] == []
    assert {r.headers[HEADER] for r in sent} == set(databases)
