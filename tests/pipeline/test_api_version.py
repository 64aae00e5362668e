"""The package records the vendor document it was generated from."""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from update_spec import fingerprint, parse_source  # noqa: E402

PUBLISHED = ROOT.parent / "shared" / "reference" / "astra-devops-openapi-2.3.0.published.json"


def test_the_recorded_version_is_the_contract_version() -> None:
    import astra_devops

    contract = yaml.safe_load((ROOT / "openapi" / "astra-devops-api.yaml").read_text())
    assert astra_devops.__api_version__ == contract["info"]["version"]
    assert len(astra_devops.__api_sha256__) == 64


@pytest.mark.skipif(
    not PUBLISHED.exists(), reason="the published vendor document is not in ../shared/reference"
)
def test_the_recorded_hash_is_the_published_document() -> None:
    import astra_devops

    assert astra_devops.__api_sha256__ == fingerprint(parse_source(PUBLISHED.read_bytes()))


def test_reading_the_api_version_imports_no_generated_module() -> None:
    probe = (
        "import sys, astra_devops; astra_devops.__api_version__; "
        "print(any('astra_devops_api' in name for name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
