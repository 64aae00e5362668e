"""Every wait reads its statuses from the one table, `_statuses`; the fake keeps its own model."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import astra_devops
from astra_devops import _statuses
from astra_devops._requests import datacenters, enterprise, migrations, pcu_groups, snapshots
from astra_devops._wait import Goal


@pytest.mark.parametrize(
    ("goal", "kind", "target"),
    [
        (migrations.goal("DONE"), "migration", "DONE"),
        (migrations.goal("ABORTED"), "migration", "ABORTED"),
        (pcu_groups.goal("ACTIVE"), "PCU group", "ACTIVE"),
        (snapshots.CLONE, "snapshot", "DONE"),
        (snapshots.RESTORE, "snapshot", "DONE"),
        (enterprise.REPORT, "billing report", "COMPLETED"),
    ],
)
def test_each_kind_of_wait_reads_the_table(goal: Goal, kind: str, target: str) -> None:
    assert goal.target == target
    assert goal.failure == _statuses.ENDED_BADLY[kind] - {target}
    assert goal.done == _statuses.REACHED_AS.get(kind, {}).get(target, frozenset())


def test_an_aborted_migration_is_the_goal_of_abort_not_its_failure() -> None:
    assert "ABORTED" not in migrations.goal("ABORTED").failure
    assert "ABORTED" in migrations.goal("DONE").failure


def test_a_datacenter_reads_the_database_statuses() -> None:
    assert datacenters.ADDED.failure == _statuses.failures("ACTIVE")
    assert datacenters.REMOVED.failure == _statuses.failures("TERMINATED")


def test_the_fake_does_not_borrow_the_client_table() -> None:
    fake = Path(astra_devops.__file__).parent / "testing"
    imported = {
        f"{node.module or ''}.{alias.name}" if isinstance(node, ast.ImportFrom) else alias.name
        for path in fake.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported, "the fake's imports were read"
    assert not {module for module in imported if "_statuses" in module}
