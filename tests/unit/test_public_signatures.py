"""The public signatures and help() texts stay what they were when the snapshot was taken."""

from __future__ import annotations

import json

from tests.unit.public_signatures import SNAPSHOT, current


def test_every_public_method_keeps_its_signature_and_docstring() -> None:
    expected = json.loads(SNAPSHOT.read_text())
    today = current()
    assert sorted(today) == sorted(expected)
    for group, methods in expected.items():
        assert today[group] == methods, group


def test_the_snapshot_covers_the_groups_and_their_raw_views() -> None:
    snapshot = json.loads(SNAPSHOT.read_text())
    assert "launch" in snapshot["AsyncAstraDevOps.migrations"]
    assert "launch" in snapshot["AstraDevOps.migrations.with_raw_response"]
    assert snapshot["AstraDevOps.databases"]["park"]["doc"]
