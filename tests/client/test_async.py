"""AsyncAstraDevOps: the same resources, awaited, with `async for` pagination."""

import zipfile
from pathlib import Path

import pytest

from astra_devops import AsyncAstraDevOps, errors
from astra_devops.testing import FakeAstra

POLICY = {"description": "read", "resources": ["drn:astra:org:x"], "actions": ["db-cql"], "effect": "allow"}


async def test_database_lifecycle(
    async_client: AsyncAstraDevOps, fake_astra: FakeAstra, tmp_path: Path
) -> None:
    database = await async_client.databases.create(
        name="a", cloud_provider="AWS", region="us-east-2", keyspace="app", poll_interval=0
    )
    assert database.status == "ACTIVE"
    await async_client.keyspaces.create(database.id, "more", poll_interval=0)
    assert await async_client.keyspaces.list(database.id) == ["app", "more"]
    bundle = await async_client.databases.download_secure_bundle(database.id, tmp_path / "b.zip")
    assert zipfile.is_zipfile(bundle)
    assert [d.id async for d in async_client.databases.list()] == [database.id]
    await async_client.databases.terminate(database.id, poll_interval=0)
    assert fake_astra.databases[database.id].status == "TERMINATED"


async def test_async_pagination_across_pages(async_client: AsyncAstraDevOps) -> None:
    for index in range(7):
        await async_client.databases.create(
            name=f"d{index}", cloud_provider="AWS", region="us-east-2", wait=False
        )
    seen = [database.info.name async for database in async_client.databases.list(page_size=3)]
    assert seen == [f"d{index}" for index in range(7)]


async def test_organization(async_client: AsyncAstraDevOps, fake_astra: FakeAstra) -> None:
    role = await async_client.roles.create("reader", POLICY)
    assert (await async_client.roles.get(role.id)).name == "reader"
    await async_client.users.invite("x@example.com", [role.id])
    assert len(await async_client.users.list()) == 2
    token = await async_client.tokens.create([role.id])
    assert token.client_id in {c.client_id for c in await async_client.tokens.list()}
    assert (await async_client.organizations.current()).id == fake_astra.org.id
    await async_client.roles.delete(role.id)
    with pytest.raises(errors.NotFoundError):
        await async_client.roles.get(role.id)


async def test_async_errors_and_validation(async_client: AsyncAstraDevOps, fake_astra: FakeAstra) -> None:
    with pytest.raises(errors.ConfigurationError):
        await async_client.databases.create(name="a", cloud_provider="OCI", region="x")
    assert fake_astra.requests == []
    with pytest.raises(errors.NotFoundError):
        await async_client.databases.get("missing")
