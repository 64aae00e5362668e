"""Every generated operation reaches users through a resource method (docs/operations.md).

New vendor operations are not wrapped automatically: after `make update-spec` this test fails
and names each generated operation without a resource method and the module to add it to.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from operation_coverage import generated, missing, where_to_add, wrapped  # noqa: E402


def test_every_generated_operation_has_a_resource_method_and_a_docs_row() -> None:
    gaps = missing(ROOT)
    assert not gaps, "generated operations no resource method wraps yet:\n" + "\n".join(gaps)


def test_the_check_sees_every_generated_module() -> None:
    operations = generated(ROOT)
    assert len(operations) > 100
    assert operations["database_operations.park_database"] == "POST /v2/databases/{database_id}/park"


def test_a_missing_operation_is_sent_to_the_resource_wrapping_its_tag() -> None:
    users = wrapped(ROOT)
    assert (
        where_to_add("database_operations.hibernate_database", users)
        == "src/astra_devops/_async/databases.py"
    )
    assert where_to_add("brand_new_tag.do_it", users).startswith("a new resource module")
