"""The served fake driven by a client nobody here wrote: astrapy's admin API (pinned in the dev
extra) through a database's whole life, as a user of astrapy would run it against the live API.

astrapy takes the new database's id from the create's `Location` header as it is (admin.py,
`create_database`), sends the cloud provider as the user spells it (its docstrings say 'aws'), and
reads `info.keyspaces` and `info.datacenters` from each database it gets. Its poll intervals (15 s
for a database, 2 s for a keyspace) are shortened; every wait is bounded by astrapy's own timeouts.
Only loopback is reachable while it runs.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from astra_devops.testing import FakeAstra

astrapy = pytest.importorskip("astrapy")
admin_module = pytest.importorskip("astrapy.admin.admin")
api_options = pytest.importorskip("astrapy.utils.api_options")

LOOPBACK = ("127.0.0.1", "::1")
TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection beyond loopback fails the test instead of reaching the network."""
    connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in LOOPBACK:
            raise AssertionError(f"astrapy tried to reach {address[0]}, beyond loopback")
        connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(admin_module, "DEV_OPS_DATABASE_POLL_INTERVAL_S", 0.01)
    monkeypatch.setattr(admin_module, "DEV_OPS_KEYSPACE_POLL_INTERVAL_S", 0.01)


@pytest.fixture
def fake() -> FakeAstra:
    return FakeAstra()


@pytest.fixture
def admin(fake: FakeAstra) -> Iterator[Any]:
    with fake.serve() as url:
        options = api_options.APIOptions(
            dev_ops_api_url_options=api_options.DevOpsAPIURLOptions(dev_ops_url=url)
        )
        yield astrapy.DataAPIClient(api_options=options).get_admin(token=fake.token)


@pytest.mark.parametrize("provider", ["aws", "AWS"])
def test_a_database_lives_its_whole_life_through_astrapy(fake: FakeAstra, admin: Any, provider: str) -> None:
    database = admin.create_database(
        "life", cloud_provider=provider, region="us-east-1", keyspace="first", timeout_ms=TIMEOUT_MS
    )
    assert database.id in fake.databases, "the id astrapy took from Location is the database's"
    info = admin.database_info(database.id, timeout_ms=TIMEOUT_MS)
    assert (info.status, info.name, info.cloud_provider) == ("ACTIVE", "life", "AWS")
    assert [region.name for region in info.regions] == ["us-east-1"]

    database.create_keyspace("second", keyspace_admin_timeout_ms=TIMEOUT_MS)
    assert sorted(database.list_keyspaces()) == ["first", "second"]
    assert [listed.id for listed in admin.list_databases(timeout_ms=TIMEOUT_MS)] == [database.id]

    admin.drop_database(database.id, timeout_ms=TIMEOUT_MS)
    assert admin.database_info(database.id, timeout_ms=TIMEOUT_MS).status == "TERMINATED"
    assert admin.list_databases(timeout_ms=TIMEOUT_MS) == []
    assert fake.databases[database.id].keyspaces() == ["first", "second"]
