"""evidence/seed-answers.json, the committed copy of the seeds' answers, against its sources.

The fixture is what the other tests and `make ports` read, so that a plain clone has the evidence.
It must list every catalogued answer with its provenance, and, where the seeds are beside the
repository (the maintainers' machines), equal what the extraction gives from them today.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "ports"))
from seed_answers import (  # noqa: E402
    ANSWERS,
    FILES,
    FIXTURE,
    SEEDS,
    extract_fixture,
    render_fixture,
    scrub,
)

FIXTURE_TEXT = FIXTURE.read_text(encoding="utf-8")
COMMITTED = json.loads(FIXTURE_TEXT)


def test_the_fixture_agrees_with_the_seeds_where_they_are() -> None:
    if SEEDS.is_dir():
        assert render_fixture(extract_fixture(SEEDS)) == FIXTURE_TEXT, (
            "evidence/seed-answers.json is stale: run python tools/ports/seed_answers.py --write"
        )
    assert set(COMMITTED["seed_files"]) == set(FILES.values())
    assert all(len(digest) == 64 for digest in COMMITTED["seed_files"].values())


def test_every_catalogued_answer_is_in_the_fixture_with_its_provenance() -> None:
    listed = [
        (entry["seed"], entry["line"], entry["method"], entry["path"], entry["status"])
        for entry in COMMITTED["answers"]
    ]
    catalogued = [(a.seed, a.line, a.method, a.path, a.status) for a in ANSWERS]
    assert listed == catalogued
    for entry in COMMITTED["answers"]:
        assert entry["file"] == FILES[entry["seed"]]
        assert ("answer" in entry) != ("not_json" in entry)


def test_only_documentation_errors_lack_json() -> None:
    errors = {(a.seed, a.line) for a in ANSWERS if a.doc_error is not None}
    lacking = {(entry["seed"], entry["line"]) for entry in COMMITTED["answers"] if "not_json" in entry}
    assert lacking <= errors


def test_no_credential_is_committed() -> None:
    assert "AstraCS:" + "zj" not in FIXTURE_TEXT
    for entry in COMMITTED["answers"]:
        if "answer" in entry:
            assert scrub(entry["answer"]) == entry["answer"]


def test_scrub_keeps_the_shape_of_a_credential() -> None:
    token = "AstraCS:abcDEF:0123456789abcdef"
    assert scrub({"token": token, "name": "n", "secret": "string"}) == {
        "token": "AstraCS:xxxxxx:0000000000xxxxxx",
        "name": "n",
        "secret": "string",
    }
    assert scrub([{"clientSecret": "abc.de-9f"}]) == [{"clientSecret": "xxx.xx-0x"}]
