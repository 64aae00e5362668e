"""Every JSON answer in the seeds matches its operation's response schema in generated/openapi.json,
with undeclared keys rejected; documentation errors are named in docs/quirks.md."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "ports"))
from seed_answers import ANSWERS, SeedAnswer, checked_answers, read_answer  # noqa: E402
from strict_contract import StrictContract  # noqa: E402

CONTRACT = StrictContract()


@pytest.mark.parametrize("answer", checked_answers(), ids=lambda answer: answer.label)
def test_seed_answer_matches_its_response_schema_with_no_undeclared_key(answer: SeedAnswer) -> None:
    assert CONTRACT.errors(answer, read_answer(answer)) == []


def test_an_undeclared_key_is_rejected() -> None:
    answer = next(a for a in checked_answers() if a.method == "get" and a.path == "/v2/organizations/users")
    body = read_answer(answer)
    body["Users"][0]["Nickname"] = "x"
    assert any("'Nickname' was unexpected" in error for error in CONTRACT.errors(answer, body))


def test_a_missing_identity_key_is_rejected() -> None:
    answer = next(a for a in checked_answers() if a.method == "get" and a.path == "/v2/organizations/roles")
    body = read_answer(answer)
    del body[0]["ID"]
    assert any("'ID' is a required property" in error for error in CONTRACT.errors(answer, body))


def test_every_seed_answer_is_catalogued_once() -> None:
    keys = [(answer.seed, answer.line) for answer in ANSWERS]
    assert len(keys) == len(set(keys))
    assert {answer.seed for answer in ANSWERS} == {"000", "001", "003", "004"}


@pytest.mark.parametrize(
    "answer", [a for a in ANSWERS if a.doc_error], ids=lambda answer: f"seed {answer.seed} line {answer.line}"
)
def test_each_documentation_error_is_listed_in_the_quirks_page(answer: SeedAnswer) -> None:
    assert f"seed {answer.seed} line {answer.line}" in (ROOT / "docs" / "quirks.md").read_text()
