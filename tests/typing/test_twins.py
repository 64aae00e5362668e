"""The sync client is generated from the async one (tools/unasync.py), and nothing else is twinned.

`src/astra_devops/_sync/` must be exactly what the tool writes from `_async/` today (a change to
an async file without `make unasync` fails here), and no module outside those two folders may
define an `AsyncX`/`async_x` beside an `X`/`x`: a behaviour with both spellings is written once,
in `_async/`. The two exceptions are named, with their reason.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "astra_devops"
# The async fixture is a plain synchronous fixture on purpose, so that it works whatever runs the
# test (pytest-asyncio in either mode, anyio). The fake's async transport wraps the sync one.
NOT_TWINS = {"testing/pytest_plugin.py:async_astra_client", "testing/_wire.py:AsyncFakeTransport"}


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("unasync", ROOT / "tools" / "unasync.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["unasync"] = module
    spec.loader.exec_module(module)
    return module


UNASYNC = _tool()


def test_the_sync_client_is_what_the_tool_writes() -> None:
    files: dict[Path, str] = UNASYNC.expected()  # type: ignore[attr-defined]
    written = set((SRC / "_sync").rglob("*.py"))
    assert {path for path in files if "_sync" in path.parts} == written
    stale = [str(path.relative_to(ROOT)) for path, text in files.items() if path.read_text() != text]
    assert stale == [], "run `make unasync`"


def test_the_rules_turn_async_spellings_into_sync_ones() -> None:
    rewrite = UNASYNC.unasync_line  # type: ignore[attr-defined]
    assert rewrite("    async def get(self) -> Awaitable[list[Database]]:\n") == (
        "    def get(self) -> list[Database]:\n"
    )
    assert (
        rewrite("        async for page in self.list().pages():")
        == "        for page in self.list().pages():"
    )
    assert rewrite("return await _poll.async_wait_until(x)") == "return _poll.wait_until(x)"
    assert (
        rewrite("class AsyncTransport(_Shared[httpx.AsyncClient]):")
        == "class SyncTransport(_Shared[httpx.Client]):"
    )
    assert rewrite('"""Park it (asynchronous)."""') == '"""Park it."""'
    assert rewrite("    await self._http.aclose()") == "    self._http.close()"


def _twins_outside_async() -> list[str]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC)
        if relative.parts[0] in {"_async", "_sync"}:
            continue
        tree = ast.parse(path.read_text())
        top = {
            node.name
            for node in tree.body
            if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        }
        for name in sorted(top):
            twin = name.removeprefix("Async").removeprefix("async_")
            if twin != name and ({twin, f"Sync{twin}", f"sync_{twin}"} & top):
                found.append(f"{relative.as_posix()}:{name}")
    return found


def test_no_twin_is_written_by_hand_outside_async() -> None:
    assert set(_twins_outside_async()) <= NOT_TWINS
