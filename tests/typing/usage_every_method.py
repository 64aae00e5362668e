"""Every hand-written public method, sync and async, called as a user would: checked by mypy --strict
and pyright strict (tests/typing/test_usage_file.py), never run. Each result is revealed, and no
revealed type may hold `Any`."""

from __future__ import annotations

from pathlib import Path
from typing import reveal_type

from astra_devops import AstraDevOps, AsyncAstraDevOps
from astra_devops.models import EnterpriseGenerateReportRequest, Policy, PolicyActionsItem, PolicyEffect

DB = "0b3a4f2e-1111-4222-8333-444455556666"
POLICY = Policy(
    description="read only",
    resources=[f"drn:astra:org:{DB}"],
    actions=[PolicyActionsItem.DB_CQL],
    effect=PolicyEffect.ALLOW,
)
REPORT = EnterpriseGenerateReportRequest(month="01", year="2026")


def databases(client: AstraDevOps) -> None:
    reveal_type(client.databases.list(include="all", provider="AWS", page_size=10, max_items=5))
    reveal_type(client.databases.get(DB))
    reveal_type(
        client.databases.create(name="app", cloud_provider="AWS", region="us-east-1", if_exists="return")
    )
    reveal_type(
        client.databases.create(name="old", cloud_provider="gcp", region="us-east1", tier="C10", db_type=None)
    )
    reveal_type(client.databases.terminate(DB, missing_ok=True))
    reveal_type(client.databases.park(DB))
    reveal_type(client.databases.park(DB, wait=False))
    reveal_type(client.databases.unpark(DB, timeout=60))
    reveal_type(client.databases.resize(DB, 3))
    reveal_type(client.databases.suspend(DB, free_consumed=50))
    reveal_type(client.databases.reset_password(DB, "admin", "s3cret!"))
    reveal_type(client.databases.wait_for_status(DB, "ACTIVE"))
    reveal_type(client.databases.wait_for_status(DB, "TERMINATED"))
    reveal_type(client.databases.secure_bundle_urls(DB))
    reveal_type(client.databases.download_secure_bundle(DB, Path("bundle.zip"), kind="internal"))


def the_rest(client: AstraDevOps, flag: bool) -> None:
    reveal_type(client.access_lists.list())
    reveal_type(client.access_lists.get(DB))
    reveal_type(client.access_lists.add(DB, ["10.0.0.0/24"]))
    reveal_type(client.access_lists.replace(DB, [{"address": "10.0.1.0/24"}], enabled=False))
    reveal_type(client.access_lists.update(DB, ["10.0.2.0/24"]))
    reveal_type(client.access_lists.delete(DB, ["10.0.0.0/24"]))
    reveal_type(client.datacenters.list(DB, include_terminated=True))
    reveal_type(client.datacenters.add(DB, cloud_provider="AWS", region="eu-west-1"))
    reveal_type(client.datacenters.add(DB, cloud_provider="AWS", region="eu-west-1", wait=flag))
    reveal_type(client.datacenters.terminate(DB, "dc-2"))
    reveal_type(client.datacenters.wait_until_listed(DB, "eu-west-1"))
    reveal_type(client.datacenters.wait_until_removed(DB, "dc-2"))
    reveal_type(client.enterprise.generate_billing_report(body=REPORT))
    reveal_type(client.enterprise.generate_billing_report(body=REPORT, wait=False))
    reveal_type(client.enterprise.wait_for_billing_report(DB))
    reveal_type(client.keyspaces.list(DB))
    reveal_type(client.keyspaces.create(DB, "orders", if_exists="return"))
    reveal_type(client.keyspaces.delete(DB, "orders", missing_ok=True))
    reveal_type(client.migrations.initialize(DB))
    reveal_type(client.migrations.initialize_for_datacenter(DB, "dc-1"))
    reveal_type(client.migrations.launch(DB, "m-1"))
    reveal_type(client.migrations.resume(DB, "m-1"))
    reveal_type(client.migrations.pause(DB, "m-1"))
    reveal_type(client.migrations.abort(DB, "m-1"))
    reveal_type(client.migrations.wait_for_status(DB, "m-1", "DONE"))
    reveal_type(client.organizations.current())
    reveal_type(client.pcu_groups.park("pcu-1"))
    reveal_type(client.pcu_groups.unpark("pcu-1", wait=False))
    reveal_type(client.pcu_groups.wait_for_status("pcu-1", "ACTIVE"))
    reveal_type(client.roles.list())
    reveal_type(client.roles.get("role-1"))
    reveal_type(client.roles.create("reader", POLICY, if_exists="error"))
    reveal_type(
        client.roles.update(
            "role-1", "reader", {"description": "d", "resources": [], "actions": [], "effect": "allow"}
        )
    )
    reveal_type(client.roles.delete("role-1", missing_ok=True))
    reveal_type(client.snapshots.clone(DB, "db-2", snapshot_id="snap-1"))
    reveal_type(client.snapshots.restore(DB, snapshot_id="snap-1"))
    reveal_type(client.snapshots.wait_for_clone(DB, "op-1"))
    reveal_type(client.snapshots.wait_for_restore(DB, "op-1"))
    reveal_type(client.tokens.list())
    reveal_type(client.tokens.create(["role-1"], description="ci"))
    reveal_type(client.tokens.delete("client-1"))
    reveal_type(client.users.list())
    reveal_type(client.users.get("user-1"))
    reveal_type(client.users.invite("someone@example.com", ["role-1"]))
    reveal_type(client.users.remove("user-1"))
    reveal_type(client.users.update_roles("user-1", ["role-1"]))


async def databases_async(client: AsyncAstraDevOps) -> None:
    reveal_type(
        [db async for db in client.databases.list(include="all", provider="AWS", page_size=10, max_items=5)]
    )
    reveal_type(await client.databases.get(DB))
    reveal_type(
        await client.databases.create(
            name="app", cloud_provider="AWS", region="us-east-1", if_exists="return"
        )
    )
    reveal_type(await client.databases.terminate(DB, missing_ok=True))
    reveal_type(await client.databases.park(DB))
    reveal_type(await client.databases.park(DB, wait=False))
    reveal_type(await client.databases.unpark(DB, timeout=60))
    reveal_type(await client.databases.resize(DB, 3))
    reveal_type(await client.databases.suspend(DB, free_consumed=50))
    reveal_type(await client.databases.reset_password(DB, "admin", "s3cret!"))
    reveal_type(await client.databases.wait_for_status(DB, "ACTIVE"))
    reveal_type(await client.databases.wait_for_status(DB, "TERMINATED"))
    reveal_type(await client.databases.secure_bundle_urls(DB))
    reveal_type(await client.databases.download_secure_bundle(DB, Path("bundle.zip"), kind="internal"))


async def the_rest_async(client: AsyncAstraDevOps, flag: bool) -> None:
    reveal_type(await client.access_lists.list())
    reveal_type(await client.access_lists.get(DB))
    reveal_type(await client.access_lists.add(DB, ["10.0.0.0/24"]))
    reveal_type(await client.access_lists.replace(DB, [{"address": "10.0.1.0/24"}], enabled=False))
    reveal_type(await client.access_lists.update(DB, ["10.0.2.0/24"]))
    reveal_type(await client.access_lists.delete(DB, ["10.0.0.0/24"]))
    reveal_type(await client.datacenters.list(DB, include_terminated=True))
    reveal_type(await client.datacenters.add(DB, cloud_provider="AWS", region="eu-west-1"))
    reveal_type(await client.datacenters.add(DB, cloud_provider="AWS", region="eu-west-1", wait=flag))
    reveal_type(await client.datacenters.terminate(DB, "dc-2"))
    reveal_type(await client.datacenters.wait_until_listed(DB, "eu-west-1"))
    reveal_type(await client.datacenters.wait_until_removed(DB, "dc-2"))
    reveal_type(await client.enterprise.generate_billing_report(body=REPORT))
    reveal_type(await client.enterprise.generate_billing_report(body=REPORT, wait=False))
    reveal_type(await client.enterprise.wait_for_billing_report(DB))
    reveal_type(await client.keyspaces.list(DB))
    reveal_type(await client.keyspaces.create(DB, "orders", if_exists="return"))
    reveal_type(await client.keyspaces.delete(DB, "orders", missing_ok=True))
    reveal_type(await client.migrations.initialize(DB))
    reveal_type(await client.migrations.initialize_for_datacenter(DB, "dc-1"))
    reveal_type(await client.migrations.launch(DB, "m-1"))
    reveal_type(await client.migrations.resume(DB, "m-1"))
    reveal_type(await client.migrations.pause(DB, "m-1"))
    reveal_type(await client.migrations.abort(DB, "m-1"))
    reveal_type(await client.migrations.wait_for_status(DB, "m-1", "DONE"))
    reveal_type(await client.organizations.current())
    reveal_type(await client.pcu_groups.park("pcu-1"))
    reveal_type(await client.pcu_groups.unpark("pcu-1", wait=False))
    reveal_type(await client.pcu_groups.wait_for_status("pcu-1", "ACTIVE"))
    reveal_type(await client.roles.list())
    reveal_type(await client.roles.get("role-1"))
    reveal_type(await client.roles.create("reader", POLICY, if_exists="error"))
    reveal_type(await client.roles.update("role-1", "reader", POLICY))
    reveal_type(await client.roles.delete("role-1", missing_ok=True))
    reveal_type(await client.snapshots.clone(DB, "db-2", snapshot_id="snap-1"))
    reveal_type(await client.snapshots.restore(DB, snapshot_id="snap-1"))
    reveal_type(await client.snapshots.wait_for_clone(DB, "op-1"))
    reveal_type(await client.snapshots.wait_for_restore(DB, "op-1"))
    reveal_type(await client.tokens.list())
    reveal_type(await client.tokens.create(["role-1"], description="ci"))
    reveal_type(await client.tokens.delete("client-1"))
    reveal_type(await client.users.list())
    reveal_type(await client.users.get("user-1"))
    reveal_type(await client.users.invite("someone@example.com", ["role-1"]))
    reveal_type(await client.users.remove("user-1"))
    reveal_type(await client.users.update_roles("user-1", ["role-1"]))
