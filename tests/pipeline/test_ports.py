"""The pieces of `make ports` that need no generator: every seed answer has a port type, what a
port writes back is compared key by key with only the named normalisations, tsc's errors on
the typed literals are pinned to their answers, and every port calls the served fake."""

import json
import sys
from dataclasses import replace
from pathlib import Path
from unittest.mock import patch

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "ports"))
from compare import (  # noqa: E402
    EMPTY_OBJECT_AS_ARRAY,
    INSTANT_MICROSECONDS,
    INSTANT_MILLISECONDS,
    INSTANT_NANOSECONDS,
    INSTANT_SECONDS,
    NULL_DROPPED,
    RUBY_TIME,
    difference,
)
from ports import PORTS, Case, Report, cases, compared, contract_check, go_models, response_type, tsc_failures  # noqa: E402
from seed_answers import SeedAnswer, checked_answers  # noqa: E402
from strict_contract import response_schema  # noqa: E402

CONTRACT = json.loads((ROOT / "generated" / "openapi.json").read_text())


def test_every_seed_answer_has_a_port_type() -> None:
    types = {
        answer.label: response_type(CONTRACT, response_schema(CONTRACT, answer))
        for answer in checked_answers()
    }
    assert types["seed 003 line 43: GET /v2/organizations/roles 200"] == ("Role", True)
    assert types["seed 001 line 1001: GET /v2/kms 200"] == ("ExternalKMSResponse", True)
    program = go_models([Case(label, model, array, None) for label, (model, array) in types.items()])
    assert "astradevops.Role{}" in program and "astradevops.ExternalKMSResponse{}" in program


def test_a_schema_that_says_nothing_of_the_form_is_any_value() -> None:
    assert response_type(CONTRACT, {"description": "an error, object or string"}) == ("any", False)
    assert response_type(CONTRACT, {"type": "array", "items": {"type": "string"}}) == ("string", True)


def test_a_value_of_several_forms_is_read_as_the_form_it_has() -> None:
    contract = {
        "paths": {
            "/things": {"get": {"responses": {"200": {"content": {"application/json": {"schema": SHAPED}}}}}}
        },
        "components": {"schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}},
    }
    answers = [SeedAnswer("001", n, "get", "/things", "200") for n in range(3)]
    bodies = iter([{"id": "a"}, [{"id": "a"}], 7])
    with patch("ports.read_answer", lambda answer: next(bodies)):
        found = cases(contract, answers)
    assert [(case.model, case.array) for case in found] == [("Thing", False), ("Thing", True), ("any", False)]


def test_an_answer_whose_schema_says_nothing_of_its_form_fails_the_contract_check() -> None:
    answers = checked_answers()[:2]
    typed = cases(CONTRACT, answers)
    assert contract_check(answers, typed).read == 2
    report = contract_check(answers, [replace(typed[0], model="any"), typed[1]])
    assert report.read == 1
    assert report.failures == [f"{answers[0].label}: <root>: no type and no form in x-astra-shapes that fits"]


def test_an_inline_composition_has_no_port_type() -> None:
    with pytest.raises(ValueError, match="name it in the contract"):
        response_type(CONTRACT, {"anyOf": [{"type": "string"}, {"type": "integer"}]})


SHAPED = {
    "x-astra-shapes": [
        {"$ref": "#/components/schemas/Thing"},
        {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
    ]
}
ANSWER = {"id": "a", "count": 1, "on": True, "tags": ["x"], "at": "2021-04-30T19:38:26.147847107Z"}


def test_a_lost_changed_or_added_key_is_a_difference() -> None:
    assert difference(ANSWER, dict(ANSWER)) is None
    assert difference(ANSWER, {k: v for k, v in ANSWER.items() if k != "tags"}) == "/tags: lost"
    assert difference(ANSWER, {**ANSWER, "tags": []}) == "/tags: 1 items read back as 0"
    assert difference(ANSWER, {**ANSWER, "on": 1}) == "/on: True read back as 1"
    assert difference(ANSWER, {**ANSWER, "count": 1.0}) is None
    assert difference(ANSWER, {**ANSWER, "extra": []}) == "/: extra added"
    assert difference([{"a": "x"}], [{"a": "y"}]) == "/0/a: 'x' read back as 'y'"


def test_a_null_may_be_dropped_only_where_allowed() -> None:
    answer = {"id": "a", "note": None}
    assert difference(answer, {"id": "a"}) == "/note: lost"
    assert difference(answer, {"id": "a"}, frozenset({NULL_DROPPED})) is None
    assert difference({"id": None}, {"id": "a"}, frozenset({NULL_DROPPED})) == "/id: None read back as 'a'"


@pytest.mark.parametrize(
    ("allowed", "returned", "same"),
    [
        (INSTANT_MICROSECONDS, "2021-04-30T21:38:26.147847+02:00", True),
        (INSTANT_MICROSECONDS, "2021-04-30T19:38:26.147847Z", True),
        (INSTANT_MICROSECONDS, "2021-04-30T19:38:26.147848Z", False),
        (INSTANT_MICROSECONDS, "2021-04-30T19:38:26.147Z", False),
        (INSTANT_MILLISECONDS, "2021-04-30T19:38:26.147Z", True),
        (INSTANT_MILLISECONDS, "2021-04-30T19:38:27.147Z", False),
        (INSTANT_NANOSECONDS, "2021-04-30T21:38:26.147847107+02:00", True),
        (INSTANT_NANOSECONDS, "2021-04-30T19:38:26.147847Z", False),
        (INSTANT_SECONDS, "2021-04-30T19:38:26+00:00", True),
        (INSTANT_SECONDS, "2021-04-30T21:38:26+02:00", True),
        (INSTANT_SECONDS, "2021-04-30T19:38:27+00:00", False),
        (RUBY_TIME, "2021-04-30 19:38:26 UTC", True),
        (RUBY_TIME, "2021-04-30 21:38:26 +0200", True),
        (RUBY_TIME, "2021-04-30 19:38:27 UTC", False),
        (RUBY_TIME, "2021-04-30T19:38:26+00:00", False),
    ],
)
def test_a_date_time_is_kept_as_an_instant_to_the_languages_precision(
    allowed: str, returned: str, same: bool
) -> None:
    found = difference(ANSWER, {**ANSWER, "at": returned}, frozenset({allowed}))
    assert (found is None) is same
    assert difference(ANSWER, {**ANSWER, "at": returned}) is not None


def test_an_empty_object_may_come_back_as_an_empty_list_only_where_allowed() -> None:
    # PHP's ObjectSerializer: a free-form `{}` (seed 001, MarketplaceData) is written back as `[]`.
    assert difference({"data": {}}, {"data": []}) == "/data: {} read back as []"
    assert difference({"data": {}}, {"data": []}, frozenset({EMPTY_OBJECT_AS_ARRAY})) is None
    assert difference({"data": {"a": 1}}, {"data": []}, frozenset({EMPTY_OBJECT_AS_ARRAY})) is not None
    assert difference({"data": []}, {"data": {}}, frozenset({EMPTY_OBJECT_AS_ARRAY})) is not None


def test_a_round_trip_counts_what_came_back_unchanged() -> None:
    cases = [Case(f"answer {n}", "Role", False, {"ID": str(n)}) for n in range(3)]
    results = [
        {"label": "answer 0", "json": {"ID": "0"}},
        {"label": "answer 1", "error": "json: cannot unmarshal\n string"},
    ]
    report = Report("go")
    compared(report, cases, results, set())
    assert report.read == 1
    assert report.failures == [
        "answer 1: json: cannot unmarshal string",
        "answer 2: no result",
    ]


def test_tsc_errors_are_pinned_to_their_answers(tmp_path: Path) -> None:
    folder = tmp_path / "literals" / "typescript-axios"
    cases = [Case(f"answer {n}", "Role", False, {}) for n in range(3)]
    output = (
        "literals/typescript-axios/a001.ts(3,5): error TS2353: Object literal may only specify known"
        " properties, and '\"bogus\"' does not exist in type 'Role'.\n"
        "literals/typescript-axios/a001.ts(4,5): error TS2322: a second error in the same answer\n"
    )
    report = Report("typescript-axios")
    tsc_failures(report, cases, folder, output)
    assert report.read == 2 and not report.problem
    assert report.failures == [
        "answer 1: TS2353: Object literal may only specify known properties, and '\"bogus\"' does"
        " not exist in type 'Role'."
    ]
    broken = Report("typescript-axios")
    tsc_failures(broken, cases, folder, "typescript-axios/api.ts(9,1): error TS1005: ';' expected.\n")
    assert broken.problem.startswith("typescript-axios/api.ts(9,1)") and broken.read == 3


def test_every_port_calls_the_served_fake(tmp_path: Path) -> None:
    """Each port, its tools stubbed out, hands the harness one command that runs its calls."""
    called: dict[str, list[list[str]]] = {}

    def fake_calls(report: Report, command: list[str], *args: object, **kwargs: object) -> None:
        called.setdefault(report.port, []).append(command)

    stubbed = {name: lambda *args, **kwargs: None for name in ("run", "round_trip", "type_check", "jackson")}
    with patch.multiple("ports", fake_calls=fake_calls, **stubbed):
        for name, port in PORTS.items():
            (tmp_path / name).mkdir()
            port(Report(name), tmp_path / name, [])
    assert [name for name in PORTS if len(called.get(name, [])) != 1] == []
