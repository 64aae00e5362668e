"""Every JSON answer the vendor's guides (seeds 003, 004, 000) and API reference (seed 001) show,
paired with the operation that answers it.

The answers travel with the repository as data: evidence/seed-answers.json holds each one's JSON,
operation, status and provenance (seed file, line and the file's SHA-256). `read_answer` reads that
fixture, so tests and `make ports` need nothing outside the repository. Where the seeds are present
(`../shared/seeds`), `python tools/ports/seed_answers.py --write` extracts the fixture from them again
and tests/pipeline/test_seed_fixture.py fails when the two disagree.

The seeds are typeset documents: the text is repaired only for typesetting damage (curly quotes,
trailing commas, a missing comma between array items, line breaks inside strings, ReDoc's `- `
markers). An answer the repairs cannot make into the wire's JSON, or that contradicts the rest of
the evidence, is listed with `doc_error` (the reason) and docs/quirks.md repeats it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURE = ROOT / "evidence" / "seed-answers.json"
FILES = {
    "000": "000_2dfe3a312eff2fb0.txt",
    "001": "001_4bdc57d1cfb7c8b8.txt",
    "003": "003_59a1abeec57c6163.txt",
    "004": "004_978eab7c3c4cf1db.txt",
}


@dataclass(frozen=True)
class SeedAnswer:
    seed: str
    line: int
    method: str
    path: str
    status: str
    doc_error: str | None = None
    fix: tuple[str, str] | None = None

    @property
    def label(self) -> str:
        return f"seed {self.seed} line {self.line}: {self.method.upper()} {self.path} {self.status}"


def _a(
    seed: str,
    line: int,
    operation: str,
    status: str = "200",
    doc_error: str | None = None,
    fix: tuple[str, str] | None = None,
) -> SeedAnswer:
    method, path = operation.split(" ", 1)
    return SeedAnswer(seed, line, method.lower(), path, status, doc_error, fix)


ROLES = "/v2/organizations/roles"
ROLE = "/v2/organizations/roles/{roleID}"
USERS = "/v2/organizations/users"
USER = "/v2/organizations/users/{userID}"
SECRETS = "/v2/clientIdSecrets"
DATACENTERS = "/v2/databases/{databaseID}/datacenters"
ACCESS_LIST = "/v2/databases/{databaseID}/access-list"
PL = "/v2/organizations/clusters/{clusterID}"
PL_DC = PL + "/datacenters/{datacenterID}"
KMS_CLASSIC = "/v2/kms/classic"
ONE_ITEM = "the guide prints one element of the list answer as if it were the whole answer"
ERROR = "SCHEMA ErrorBody"  # seed 001's error examples name no status: every error answer is an ErrorBody
ARRAY_TOKEN = "one created token shown as an array; seeds 003 and 004 show the live answer, one object"
PUBLISHED_ROLE = (
    "renders the published Role (`id`, `name`, policy object, `last_update_datetime`); every role answer"
    " in seed 003 uses `ID`, `Name` and a policy string"
)
PCU_PROVIDERS = (
    "a PCU group's `cloudProvider` (one provider, a string) is shown as the array of every provider,"
    " the enum rendered as a value"
)
PUBLISHED_USER = (
    "renders the published user schemas (`orgID`, `users`, `userID`, roles with `id`); seed 003's user"
    " answers use `OrgID`, `Users`, `UserID`, `Roles` with `ID`"
)

ANSWERS: tuple[SeedAnswer, ...] = (
    # Seed 003, "Managing with DevOps API".
    _a("003", 43, f"GET {ROLES}", fix=('"} } ]', '"} ]')),  # a stray closing brace
    _a("003", 52, f"POST {ROLES}", "201"),
    _a("003", 195, f"GET {ROLE}"),
    _a("003", 210, f"PUT {ROLE}"),
    _a("003", 250, f"GET {USERS}"),
    _a("003", 269, f"GET {USER}"),
    _a(
        "003",
        283,
        f"GET {USER}",
        doc_error="under 'remove a user' the guide repeats the update-role answer (OrgID, ID, Name, Policy)",
    ),
    _a("003", 328, f"GET {SECRETS}"),
    _a("003", 337, f"POST {SECRETS}"),
    _a("003", 350, f"GET {SECRETS}"),
    _a("003", 519, ERROR),
    _a("003", 540, f"GET {KMS_CLASSIC}"),
    _a("003", 550, f"GET {KMS_CLASSIC}", "404"),
    _a(
        "003",
        571,
        "GET /v2/kms/classic/provider/{provider}/region/{region}",
        doc_error='not JSON: `"provider": "aws": {...}` gives one key two values',
    ),
    _a("003", 581, "GET /v2/kms/classic/provider/{provider}/region/{region}", "404"),
    _a("003", 603, "GET /v2/kms/classic/provider/{provider}/region/{region}/accounts"),
    _a("003", 613, "GET /v2/kms/classic/provider/{provider}/region/{region}/accounts", "404"),
    _a("003", 648, f"GET {ACCESS_LIST}"),
    _a("003", 658, "POST /v2/access-list/template"),
    _a("003", 674, f"GET {ACCESS_LIST}"),
    _a("003", 687, f"GET {ACCESS_LIST}"),
    _a("003", 707, f"GET {ACCESS_LIST}"),
    _a("003", 721, f"GET {ACCESS_LIST}"),
    _a("003", 742, f"GET {ACCESS_LIST}"),
    _a("003", 768, f"GET {DATACENTERS}", doc_error=ONE_ITEM),
    _a("003", 783, f"GET {DATACENTERS}"),
    _a("003", 796, f"GET {DATACENTERS}"),
    _a("003", 811, f"GET {DATACENTERS}", doc_error=ONE_ITEM),
    _a("003", 839, f"GET {PL}/private-link"),
    _a("003", 858, "GET /v2/organizations/private-link"),
    _a("003", 899, f"POST {PL_DC}/private-link"),
    _a(
        "003",
        911,
        "GET aws:ec2/describe-vpc-endpoints",
        doc_error="the answer of the AWS CLI (`aws ec2 describe-vpc-endpoints`), not of the DevOps API",
    ),
    _a("003", 925, f"POST {PL_DC}/endpoints"),
    _a("003", 1001, f"POST {PL_DC}/private-link"),
    _a("003", 1036, f"POST {PL_DC}/endpoints"),
    _a("003", 1094, f"POST {PL_DC}/private-link"),
    _a("003", 1123, f"POST {PL_DC}/endpoints"),
    # Seed 001, the API reference: its response examples (request examples are left out).
    _a("001", 10, "POST /v2/tokens"),
    _a("001", 23, f"POST {SECRETS}", doc_error=ARRAY_TOKEN),
    _a("001", 38, "GET /v2/databases"),
    _a("001", 92, "GET /v2/databases/{databaseID}"),
    _a("001", 142, "POST /v2/databases/{databaseID}/secureBundleURL"),
    _a("001", 181, "GET /v2/databases/{databaseID}/telemetry/metrics"),
    _a("001", 227, f"GET {DATACENTERS}"),
    _a("001", 323, "GET /v2/organizations/{orgID}/telemetry/auditLogs"),
    _a("001", 350, "POST /v2/enterprises/organizations", "201"),
    _a("001", 374, "POST /v2/enterprises/consumption"),
    _a("001", 384, f"GET {ROLES}", doc_error=PUBLISHED_ROLE + "; and the list is an array of arrays"),
    _a("001", 413, f"POST {ROLES}", "201", doc_error=PUBLISHED_ROLE),
    _a("001", 427, f"GET {ROLE}", doc_error=PUBLISHED_ROLE + "; and one role is shown as an array"),
    _a("001", 480, f"GET {USERS}", doc_error=PUBLISHED_USER),
    _a("001", 506, f"GET {USER}", doc_error=PUBLISHED_USER),
    _a("001", 545, "POST /v2/tokens"),
    _a("001", 558, f"POST {SECRETS}", doc_error=ARRAY_TOKEN),
    _a("001", 567, "GET /v2/access-lists"),
    _a("001", 583, f"GET {ACCESS_LIST}"),
    _a("001", 675, "GET /v2/organizations/{orgId}/devops-acl"),
    _a("001", 697, "POST /v2/organizations/{orgId}/devops-acl", "201"),
    _a("001", 719, "PUT /v2/organizations/{orgId}/devops-acl"),
    _a("001", 739, "PATCH /v2/organizations/{orgId}/devops-acl"),
    _a("001", 760, "GET /v2/organizations/private-link"),
    _a("001", 785, f"GET {PL}/private-link"),
    _a("001", 807, f"GET {PL_DC}/private-link"),
    _a("001", 830, f"POST {PL_DC}/private-link"),
    _a("001", 844, f"POST {PL_DC}/allowed-principals"),
    _a("001", 872, f"POST {PL_DC}/endpoints"),
    _a("001", 882, f"GET {PL_DC}/endpoints/{{endpointID}}"),
    _a("001", 896, f"PUT {PL_DC}/endpoints/{{endpointID}}"),
    _a("001", 914, "GET /v2/organizations/customDomains"),
    _a("001", 929, "GET /v2/peering/provider/{provider}/database/{databaseID}"),
    _a("001", 955, "POST /v2/peering/provider/{provider}/database/{databaseID}", "201"),
    _a("001", 1001, "GET /v2/kms"),
    _a("001", 1030, "GET /v2/kms"),
    _a("001", 1059, f"GET {KMS_CLASSIC}"),
    _a("001", 1069, "GET /v2/kms/provider/{provider}/region/{region}"),
    _a("001", 1078, "GET /v2/kms/classic/provider/{provider}/region/{region}"),
    _a("001", 1087, "GET /v2/kms/provider/{provider}/region/{region}/accounts"),
    _a("001", 1104, "GET /v2/kms/classic/provider/{provider}/region/{region}/accounts"),
    _a("001", 1111, "GET /v2/availableRegions"),
    _a("001", 1134, "GET /v2/regions/serverless"),
    _a("001", 1149, "POST /v2/databases/{databaseID}/migrations/initialize"),
    _a("001", 1160, "POST /v2/databases/{databaseID}/datacenters/{datacenterID}/migrations/initialize"),
    _a("001", 1168, "POST /v2/databases/{databaseID}/migrations/{migrationID}/launch"),
    _a("001", 1176, "POST /v2/databases/{databaseID}/migrations/{migrationID}/pause"),
    _a("001", 1184, "POST /v2/databases/{databaseID}/migrations/{migrationID}/resume"),
    _a("001", 1192, "POST /v2/databases/{databaseID}/migrations/{migrationID}/abort"),
    _a("001", 1201, "POST /v2/databases/{databaseID}/migrations/{migrationID}/cleanup"),
    _a("001", 1209, "GET /v2/databases/{databaseID}/migrations/{migrationID}"),
    _a("001", 1223, "POST /v2/pcus/actions/get", doc_error=PCU_PROVIDERS),
    _a("001", 1272, "POST /v2/pcus", "201", doc_error=PCU_PROVIDERS),
    _a("001", 1323, "GET /v2/pcus/association/{pcuGroupUUID}"),
    _a("001", 1363, "POST /v2/databases/{targetDBID}/cloneFrom/{sourceDBID}"),
    _a("001", 1369, "GET /v2/databases/{targetDBID}/cloneStatus/{operationID}"),
    _a("001", 1375, "POST /v2/databases/{databaseID}/restore"),
    _a("001", 1381, "GET /v2/databases/{databaseID}/restoreStatus/{operationID}"),
    _a("001", 83, ERROR),
    _a("001", 121, ERROR),
    _a("001", 131, ERROR),
    _a("001", 172, ERROR),
    _a("001", 194, ERROR),
    _a("001", 204, ERROR),
    _a("001", 217, ERROR),
    _a("001", 271, ERROR),
    _a("001", 281, ERROR),
    _a("001", 296, ERROR),
    _a("001", 314, ERROR),
    _a("001", 333, ERROR),
    _a("001", 456, ERROR),
    _a("001", 473, ERROR),
    _a("001", 531, ERROR),
    _a("001", 609, ERROR),
    _a("001", 626, ERROR),
    _a("001", 646, ERROR),
    _a("001", 655, ERROR),
    _a("001", 751, ERROR),
    _a("001", 856, ERROR),
    _a("001", 906, ERROR),
    _a("001", 919, ERROR),
    _a("001", 972, ERROR),
    _a("001", 993, ERROR),
    _a("001", 1022, ERROR),
    _a("001", 1051, ERROR),
    _a("001", 1094, ERROR),
    _a("001", 1314, ERROR),
    _a("001", 1336, ERROR),
    _a("001", 1346, ERROR),
    # Seed 004, "Managing tokens".
    _a("004", 31, f"GET {SECRETS}"),
    _a("004", 50, f"POST {SECRETS}"),
    _a("004", 75, f"GET {SECRETS}"),
    # Seed 000, "Quickstart".
    _a(
        "000",
        50,
        "GET /v2/databases",
        doc_error='elided: `"info": { ... }`, `"availableActions": [ ... ], ...` are not JSON',
    ),
)


def _repair(text: str) -> str:
    text = text.replace("\u201d", '"').replace("\u201c", '"')
    text = re.sub(r"(?m)^\s*-\s(?=\s*[\"\[{\]}])", "", text)
    text = re.sub(r"([\[{,])\s*-\s", r"\1 ", text)
    text = re.sub(r",(\s*[\]}])", r"\1", text)
    return re.sub(r"}(\s*){", r"},\1{", text)


def extract_answer(answer: SeedAnswer, seeds: Path = SEEDS) -> Any:
    """The JSON that starts on `answer.line` of its seed file, repaired for typesetting damage.

    Raises ValueError when there is no JSON there.
    """
    lines = (seeds / FILES[answer.seed]).read_text(encoding="utf-8").splitlines()
    rest = _repair("\n".join(lines[answer.line - 1 :]))
    if answer.fix is not None:
        rest = rest.replace(*answer.fix, 1)
    start = min((i for i in (rest.find("{"), rest.find("[")) if i >= 0), default=-1)
    if start < 0:
        raise ValueError(f"{answer.label}: no JSON on that line")
    value, _ = json.JSONDecoder(strict=False).raw_decode(rest[start:])
    return value


_CREDENTIAL_KEYS = frozenset({"token", "secret", "clientSecret", "password"})
_LETTER_OR_DIGIT = re.compile(r"[A-Za-z]|([0-9])")


def scrub(value: Any) -> Any:
    """The value with every credential the documentation shows replaced by one of the same shape
    (letters become `x`, digits `0`; the `AstraCS:` prefix and the punctuation stay), so that no
    token, even a published sample, is committed and no secret scanner is tripped."""
    if isinstance(value, list):
        return [scrub(item) for item in value]
    if not isinstance(value, dict):
        return value
    return {key: _scrubbed(key, item) for key, item in value.items()}


def _scrubbed(key: str, item: Any) -> Any:
    if key not in _CREDENTIAL_KEYS or not isinstance(item, str) or len(item) <= len("string"):
        return scrub(item)
    prefix = "AstraCS:" if item.startswith("AstraCS:") else ""
    rest = _LETTER_OR_DIGIT.sub(lambda m: "0" if m.group(1) else "x", item[len(prefix) :])
    return prefix + rest


def _entry(answer: SeedAnswer, seeds: Path) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "seed": answer.seed,
        "file": FILES[answer.seed],
        "line": answer.line,
        "method": answer.method,
        "path": answer.path,
        "status": answer.status,
    }
    if answer.doc_error is not None:
        entry["doc_error"] = answer.doc_error
    try:
        entry["answer"] = scrub(extract_answer(answer, seeds))
    except ValueError as exc:
        entry["not_json"] = str(exc)
    return entry


def extract_fixture(seeds: Path = SEEDS) -> dict[str, Any]:
    """The fixture's content, extracted from the seed files in `seeds`."""
    digests = {
        name: hashlib.sha256((seeds / name).read_bytes()).hexdigest() for name in sorted(FILES.values())
    }
    return {
        "about": "JSON answers shown in the vendor's documentation (the seeds), with their provenance;"
        " sample credentials replaced by values of the same shape; written by"
        " tools/ports/seed_answers.py --write",
        "seed_files": digests,
        "answers": [_entry(answer, seeds) for answer in ANSWERS],
    }


def render_fixture(fixture: dict[str, Any]) -> str:
    return json.dumps(fixture, indent=1, ensure_ascii=False) + "\n"


@cache
def _fixture_answers(path: Path = FIXTURE) -> dict[tuple[str, int], dict[str, Any]]:
    fixture = json.loads(path.read_text(encoding="utf-8"))
    return {(entry["seed"], entry["line"]): entry for entry in fixture["answers"]}


def read_answer(answer: SeedAnswer) -> Any:
    """The answer's JSON, from the committed fixture (a fresh copy on every call).

    Raises ValueError when the seed shows no JSON there.
    """
    entry = _fixture_answers()[(answer.seed, answer.line)]
    if "answer" not in entry:
        raise ValueError(entry["not_json"])
    return json.loads(json.dumps(entry["answer"]))


def checked_answers() -> list[SeedAnswer]:
    """The answers the contract must describe (documentation errors left out)."""
    return [answer for answer in ANSWERS if answer.doc_error is None]


def main() -> None:
    parser = argparse.ArgumentParser(description="Write evidence/seed-answers.json from the seeds.")
    parser.add_argument("--write", action="store_true", help="extract the fixture from the seeds")
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    args = parser.parse_args()
    if not args.write:
        parser.error("nothing to do: pass --write")
    if not args.seeds.is_dir():
        parser.exit(2, f"seed_answers: the seeds are not at {args.seeds}\n")
    FIXTURE.parent.mkdir(exist_ok=True)
    FIXTURE.write_text(render_fixture(extract_fixture(args.seeds)), encoding="utf-8")
    print(f"seed_answers: wrote {FIXTURE.relative_to(ROOT)} ({len(ANSWERS)} answers)")


if __name__ == "__main__":
    main()
