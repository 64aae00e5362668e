"""The vendor-shaped documents the drills use carry what the drills rely on."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from update_spec import convert  # noqa: E402

from tests.pipeline import vendor  # noqa: E402


def test_the_published_document_converts_back_to_the_contract_byte_for_byte() -> None:
    """The fact the drills used the vendor's published document for; properties named
    `description` (SCIMAuthenticationScheme, PCUGroup...) survive the stripping."""
    published = vendor.published()
    text = json.dumps(published)
    assert text.count(vendor.INVENTED) > 1000
    assert "termsOfService" in text and "externalDocs" in text and '"examples"' in text
    converted = convert(published)
    assert converted == (ROOT / "openapi" / "astra-devops-api.yaml").read_text()
    assert vendor.INVENTED not in converted
