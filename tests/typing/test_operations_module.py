"""src/astra_devops/_operations.py is what tools/generate_operations.py writes from generated/."""

from __future__ import annotations

import importlib.util
import inspect
from pathlib import Path

from astra_devops import _operations

ROOT = Path(__file__).resolve().parents[2]


def test_the_typed_builders_match_the_generated_operations() -> None:
    spec = importlib.util.spec_from_file_location(
        "generate_operations", ROOT / "tools" / "generate_operations.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.render() == (ROOT / "src" / "astra_devops" / "_operations.py").read_text(), (
        "run `python tools/generate_operations.py` after `make generate`"
    )


def test_a_builder_keeps_the_call_for_later() -> None:
    call = _operations.get_cdc("db-1", timeout=3, extra_headers={"X-Trace": "1"})
    assert (call.operation, call.arguments, call.timeout) == (
        "database_operations.get_cdc",
        {"database_id": "db-1"},
        3,
    )
    assert call.request() == {"method": "get", "url": "/v3/databases/db-1/cdc"}
    builders = [
        f
        for name, f in vars(_operations).items()
        if inspect.isfunction(f) and f.__module__ == _operations.__name__
    ]
    assert len(builders) == 128
