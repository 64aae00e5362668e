"""The pieces of `make ports` that need no generator: every seed answer has a Go type to decode
into, and the two generator defects it patches are patched as documented."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "ports"))
from ports import (  # noqa: E402
    decoder_program,
    go_type,
    with_primitive_one_of_branches,
    without_repeated_imports,
)
from seed_answers import checked_answers  # noqa: E402
from strict_contract import response_schema  # noqa: E402

CONTRACT = json.loads((ROOT / "generated" / "openapi.json").read_text())


def test_every_seed_answer_has_a_named_go_type() -> None:
    types = {
        answer.label: go_type(CONTRACT, response_schema(CONTRACT, answer)) for answer in checked_answers()
    }
    assert types["seed 003 line 43: GET /v2/organizations/roles 200"] == "[]astradevops.Role"
    assert types["seed 001 line 1001: GET /v2/kms 200"] == "[]astradevops.ExternalKMSResponse"
    program = decoder_program(CONTRACT, checked_answers())
    assert program.count("json.Unmarshal(body, &v)") == len(checked_answers())


def test_an_inline_composition_has_no_go_type() -> None:
    with pytest.raises(ValueError, match="name it in the contract"):
        go_type(CONTRACT, {"anyOf": [{"type": "string"}, {"type": "integer"}]})


def test_a_repeated_typescript_import_is_dropped_once() -> None:
    block = "import type { CredsURL } from './CredsURL';\n"
    source = (
        f"{block}import {{\n    CredsURLFromJSON,\n}} from './CredsURL';\n{block}export type X = CredsURL;\n"
    )
    assert without_repeated_imports(source).count(block) == 1
    assert "CredsURLFromJSON" in without_repeated_imports(source)


def test_go_one_of_branches_use_the_lenient_validation(tmp_path: Path) -> None:
    model = tmp_path / "model_role_policy_value.go"
    model.write_text(
        'import (\n\t"fmt"\n\t"gopkg.in/validator.v2"\n)\n'
        "if err = validator.Validate(dst.String); err != nil {}\n"
    )
    with_primitive_one_of_branches(tmp_path)
    patched = model.read_text()
    assert "validateStruct(dst.String)" in patched and "validator" not in patched
    assert "validator.ErrUnsupported" in (tmp_path / "validate_struct.go").read_text()
