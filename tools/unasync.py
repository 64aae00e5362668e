"""Write the synchronous client, `src/astra_devops/_sync/`, from the asynchronous one, `_async/`.

The async code is the one that is written by hand (httpcore's `scripts/unasync.py` does the same):
each line of each `_async/` module is rewritten word by word (`async def` -> `def`, `await x` ->
`x`, `AsyncX` -> `X`, `async_x` -> `x`, `Awaitable[T]` -> `T`, "(asynchronous)" dropped...), then
ruff sorts the imports and formats the result. First, the `with_raw_response` view of every
resource class is written from that class's public methods (`_async/_raw.py`), so it
is generated for both sides too.

    python tools/unasync.py           write _async/_raw.py and _sync/
    python tools/unasync.py --check   fail (exit 1) if either differs from what would be written
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "astra_devops"
SOURCE = PACKAGE / "_async"
TARGET = PACKAGE / "_sync"
RAW = SOURCE / "_raw.py"
HEADER = "# Generated from {source} by tools/unasync.py (make unasync): do not edit.\n"

# What differs between the two sides beyond the rules below: a line replaced whole, with why.
LINE_EXCEPTIONS = {
    # The sync side sleeps with time.sleep; `asleep` imports asyncio only when first awaited.
    "from .._transport import asleep": "from time import sleep",
}
# Names whose sync twin keeps a prefix, or that are not spelled `AsyncX`/`async_x`.
NAMES = {
    "AsyncTransport": "SyncTransport",  # the name tests and users import: `Transport` says less
    "AsyncResource": "SyncResource",  # likewise: the base class of every sync resource group
    "AsyncPool": "SyncPool",  # `Pool` is the shared transport's type variable
    "async_place": "sync_place",  # where a pool may be used differs: a process, or a process and a loop
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aiter_raw": "iter_raw",
    "aiter_bytes": "iter_bytes",
    "anext": "next",
    "asleep": "sleep",
    "_async": "_sync",
}
WORDS = [
    (re.compile(r"\basync (def|for|with)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
    (re.compile(r"\b(" + "|".join(map(re.escape, NAMES)) + r")\b"), lambda m: NAMES[m[1]]),
    (re.compile(r"\bAsync(?=[A-Z])"), ""),
    (re.compile(r"\basync_(?=\w)"), ""),
    (re.compile(r" \(asynchronous\)"), ""),
    (re.compile(r"\b([Aa])synchronous\b"), lambda m: ("S" if m[1] == "A" else "s") + "ynchronous"),
]
AWAITABLE = "Awaitable["


def unasync_line(line: str) -> str:
    stripped = line.strip()
    if stripped in LINE_EXCEPTIONS:
        return line.replace(stripped, LINE_EXCEPTIONS[stripped])
    for pattern, replacement in WORDS:
        line = pattern.sub(replacement, line)
    return _unwrap_awaitable(line)


def _unwrap_awaitable(line: str) -> str:
    """`Awaitable[T]` -> `T`, brackets matched (T may hold brackets of its own)."""
    while (start := line.find(AWAITABLE)) >= 0:
        depth, end = 1, start + len(AWAITABLE)
        while depth:
            depth += {"[": 1, "]": -1}.get(line[end], 0)
            end += 1
        line = line[:start] + line[start + len(AWAITABLE) : end - 1] + line[end:]
    return line


def raw_views(source: Path) -> str:
    """`_raw.py`: for each resource class, a view answering APIResponses from its methods that make
    one call (every public one but `with_raw_response` and those returning a page iterator)."""
    blocks, imports = [], []
    for path in sorted(source.glob("[!_]*.py")):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ClassDef) and _is_resource(node):
                imports.append(f"    from .{path.stem} import {node.name}")
                blocks.append(_view(path.stem, node))
    return (
        '"""The `with_raw_response` views of the asynchronous resource groups."""\n\n'
        "from __future__ import annotations\n\nfrom typing import TYPE_CHECKING\n\n"
        "from ._resource import async_raw_response\n\nif TYPE_CHECKING:\n"
        + "\n".join(imports)
        + "\n\n\n"
        + "\n\n\n".join(blocks)
    )


def _is_resource(node: ast.ClassDef) -> bool:
    return any(ast.unparse(base).startswith("AsyncResource[") for base in node.bases)


def _view(group: str, node: ast.ClassDef) -> str:
    lines = [
        f"class {node.name}WithRawResponse:",
        f'    """`client.{group}.with_raw_response`: the methods, answering APIResponses (asynchronous)."""',
        "",
        f"    def __init__(self, resource: {node.name}) -> None:",
    ]
    calls = _one_call_methods(node)
    lines += [f"        self.{name} = async_raw_response(resource.{name})" for name in calls]
    return "\n".join(lines) + "\n"


def _one_call_methods(node: ast.ClassDef) -> list[str]:
    names = []
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            if "PageIterator" not in ast.unparse(item.returns or ast.Constant(None)):
                names.append(item.name)
        elif isinstance(item, ast.Assign) and isinstance(item.targets[0], ast.Name):
            names.append(item.targets[0].id)
    public = (name for name in names if not name.startswith("_") and name != "with_raw_response")
    return list(dict.fromkeys(public))  # an overloaded method is declared more than once


def _ruff(text: str, path: Path) -> str:
    ruff = [sys.executable, "-m", "ruff"]
    name = ["--stdin-filename", str(path)]
    # Sorted imports, none unused, `for x in y: yield x` written `yield from y`, then formatted.
    fix = ["check", "--fix-only", "--unsafe-fixes", "--select", "I,F401,UP028", "--quiet"]
    for command in ([*fix, *name], ["format", *name, "-"]):
        done = subprocess.run([*ruff, *command], input=text, capture_output=True, text=True, check=True)
        text = done.stdout
    return text


def expected() -> dict[Path, str]:
    """Every generated file, by its path, as it should read."""
    files = {RAW: _ruff(HEADER.format(source="_async/*.py") + raw_views(SOURCE), RAW)}
    for path in sorted({*SOURCE.rglob("*.py"), RAW}):
        text = files[path] if path in files else path.read_text()
        target = TARGET / path.relative_to(SOURCE)
        source = "_async/*.py" if path == RAW else path.relative_to(PACKAGE).as_posix()
        lines = text.splitlines(keepends=True)
        body = "".join(unasync_line(line) for line in lines if not line.startswith("# Generated"))
        files[target] = _ruff(HEADER.format(source=source) + body, target)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    check = parser.parse_args().check
    files = expected()
    stale = [path for path, text in files.items() if not path.exists() or path.read_text() != text]
    stale += [path for path in TARGET.rglob("*.py") if path not in files]
    if check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)} (run `make unasync`)")
        return 1 if stale else 0
    for path in stale:
        if path in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(files[path])
        else:
            path.unlink()
    print(f"wrote {len(stale)} of {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
