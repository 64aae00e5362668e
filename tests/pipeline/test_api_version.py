"""The package records the vendor document it was generated from."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from update_spec import fingerprint, parse_source, record_text, recorded  # noqa: E402


def test_the_recorded_version_is_the_contract_version() -> None:
    import astra_devops

    contract = yaml.safe_load((ROOT / "openapi" / "astra-devops-api.yaml").read_text())
    assert astra_devops.__api_version__ == contract["info"]["version"]
    assert re.fullmatch(r"[0-9a-f]{64}", astra_devops.__api_sha256__)


def test_the_record_reads_back_what_update_spec_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hash of the document followed is written by update-spec (the drills check it is the
    fingerprint of the document they feed it); the record must read back as written."""
    import update_spec

    document = parse_source(b'{"openapi": "3.0.0", "info": {"version": "9.1"}, "paths": {}}')
    record = tmp_path / "_api_version.py"
    record.write_text(record_text("9.1", fingerprint(document)))
    monkeypatch.setattr(update_spec, "RECORD", record)
    assert recorded() == ("9.1", fingerprint(document))


def test_reading_the_api_version_imports_no_generated_module() -> None:
    probe = (
        "import sys, astra_devops; astra_devops.__api_version__; "
        "print(any('astra_devops_api' in name for name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
