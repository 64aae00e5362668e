"""Input rules come from the contract: one home (`_validate`), applied before any request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from astra_devops import AstraDevOps, _validate, errors
from astra_devops.testing import FakeAstra

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = json.loads((ROOT / "generated" / "openapi.json").read_text())["components"]["schemas"]


def _property(schema: str, name: str) -> dict[str, object]:
    found: dict[str, object] = SCHEMAS[schema]["properties"][name]
    return found


def _enum(name: str) -> list[str]:
    values = _property("DatabaseInfoCreate", name)["enum"]
    assert isinstance(values, list)
    return sorted(str(value) for value in values)


def test_the_rules_are_the_contracts() -> None:
    assert sorted(_validate.providers()) == _enum("cloudProvider")
    assert sorted(_validate.tiers()) == _enum("tier")
    assert sorted(_validate.db_types()) == _enum("dbType")
    for schema in ("DatabaseInfoCreate", "CapacityUnits"):
        units = _property(schema, "capacityUnits")
        assert (units["minimum"], units["maximum"]) == _validate.CAPACITY_UNITS


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"cloud_provider": "IBM"}, "use one of AWS, AZURE, GCP"),
        (
            {"tier": "C10", "capacity_units": 13, "db_type": None},
            "capacity_units for tier C10 must be a whole number from 1 to 12",
        ),
        ({"capacity_units": 2}, "capacity_units for tier serverless must be a whole number from 1 to 1"),
        ({"db_type": "graph"}, "unknown db_type 'graph'; use one of vector"),
        ({"tier": "huge"}, "unknown tier 'huge'"),
    ],
)
def test_a_new_database_breaking_a_rule_is_refused_before_any_request(
    client: AstraDevOps, fake_astra: FakeAstra, arguments: dict[str, object], message: str
) -> None:
    settings: dict[str, object] = {"name": "db", "cloud_provider": "AWS", "region": "us-east-2", **arguments}
    with pytest.raises(errors.ConfigurationError, match=message):
        client.databases.create(**settings)  # type: ignore[arg-type]
    assert list(client.databases.list()) == []


@pytest.mark.parametrize("units", [0, 101, True, 2.5])
def test_resize_and_new_datacenters_keep_the_contracts_bounds(client: AstraDevOps, units: object) -> None:
    with pytest.raises(
        errors.ConfigurationError, match="capacity_units must be a whole number from 1 to 100"
    ):
        client.databases.resize("db-1", units, wait=False)  # type: ignore[arg-type]
    with pytest.raises(
        errors.ConfigurationError, match="capacity_units must be a whole number from 1 to 100"
    ):
        client.datacenters.add(
            "db-1", cloud_provider="AWS", region="us-east-1", tier="C10", capacity_units=units
        )  # type: ignore[arg-type]
