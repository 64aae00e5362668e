"""The sync and async twins stay identical apart from async/await (httpcore's unasync, as a check).

Each `AsyncX` class (and `async_x` function) is rewritten the unasync way: `async def` becomes
`def`, `await x` becomes `x`, `async for`/`async with` lose `async`, `Awaitable[T]` becomes `T`,
`for x in page: yield x` becomes `yield from page`, and `Async`/`Sync`/`async_` prefixes, `aiter`,
`aclose` and "(asynchronous)" are dropped from names and docstrings on both sides ("asynchronous"
reads "synchronous"). The two syntax trees must then be equal, method by method.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "astra_devops"
RENAMES = {
    "aiter": "iter",
    "asleep": "sleep",
    "anext": "next",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "handle_async_request": "handle_request",
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
}
# Names that share a prefix but are not twins: the async fixture is a plain synchronous fixture on
# purpose, so that it works whatever runs the test (pytest-asyncio in either mode, anyio).
# The fake's async transport wraps the sync one (one implementation, no second copy to drift).
NOT_TWINS = {"testing/pytest_plugin.py:async_astra_client", "testing/_wire.py:AsyncFakeTransport"}
PREFIX = re.compile(r"^(Async|Sync|async_|sync_)(?=\w)")


def _name(name: str) -> str:
    return RENAMES.get(name) or PREFIX.sub("", name)


class _Unasync(ast.NodeTransformer):
    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        return self.visit_FunctionDef(ast.FunctionDef(**{f: getattr(node, f) for f in node._fields}))

    def visit_For(self, node: ast.For) -> ast.AST:
        """`for x in page: yield x`, the async spelling of `yield from page`."""
        match node.body:
            case [ast.Expr(value=ast.Yield(value=ast.Name(id=name)))] if ast.unparse(node.target) == name:
                return ast.Expr(value=ast.YieldFrom(value=self.visit(node.iter)))
        return self.generic_visit(node)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> ast.AST:
        return self.generic_visit(ast.For(**{f: getattr(node, f) for f in node._fields}))

    def visit_AsyncWith(self, node: ast.AsyncWith) -> ast.AST:
        return self.generic_visit(ast.With(**{f: getattr(node, f) for f in node._fields}))

    def visit_Await(self, node: ast.Await) -> ast.AST:
        return self.visit(node.value)

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        if isinstance(node.value, ast.Name) and node.value.id == "Awaitable":
            return self.visit(node.slice)
        return self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.Name(id=_name(node.id), ctx=node.ctx)

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        return ast.Attribute(value=self.visit(node.value), attr=_name(node.attr), ctx=node.ctx)

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str) and node.value.isidentifier():
            return ast.Constant(value=_name(node.value))
        if isinstance(node.value, str):
            return ast.Constant(
                value=node.value.replace(" (asynchronous)", "")
                .replace("asynchronous", "synchronous")
                .replace("Asynchronous", "Synchronous")
                .replace("AsyncClient", "Client")
            )
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        node.name = _name(node.name)
        return self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        node.name = _name(node.name)
        return self.generic_visit(node)

    def visit_arg(self, node: ast.arg) -> ast.AST:
        node.annotation = self.visit(node.annotation) if node.annotation else None
        return node


Definition = ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef


def _pairs() -> list[tuple[str, Definition, Definition]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text())
        top = {node.name: node for node in tree.body if isinstance(node, Definition)}
        for name, node in top.items():
            twin = PREFIX.sub("", name)
            if name.startswith(("Async", "async_")):
                sync = top.get(twin) or top.get(f"Sync{twin}")
                assert sync is not None, f"{path.name}: {name} has no sync twin"
                key = f"{path.relative_to(SRC)}:{name}"
                if key not in NOT_TWINS:
                    found.append((key, sync, node))
    return found


def _members(node: Definition) -> dict[str, str]:
    """Each method (or the whole function) as a normalized dump, keyed by its name."""
    rewritten = _Unasync().visit(ast.parse(ast.unparse(node)).body[0])
    body = rewritten.body if isinstance(rewritten, ast.ClassDef) else [rewritten]
    return {_key(item): ast.dump(item) for item in body}


def _key(item: ast.stmt) -> str:
    if isinstance(item, ast.Expr):
        return "__doc__"
    return getattr(item, "name", None) or ast.unparse(item).split("=")[0].strip()


PAIRS = _pairs()


def test_the_twins_are_found() -> None:
    names = {name.split(":")[1] for name, _, _ in PAIRS}
    assert {"AsyncDatabases", "AsyncScim", "async_endpoint", "AsyncResource"} <= names
    assert len(PAIRS) >= 25


@pytest.mark.parametrize(
    ("name", "sync", "asynchronous"), [pytest.param(*pair, id=pair[0]) for pair in PAIRS]
)
def test_async_twin_is_the_sync_one_with_await(name: str, sync: Definition, asynchronous: Definition) -> None:
    left, right = _members(sync), _members(asynchronous)
    assert sorted(left) == sorted(right), f"{name}: members differ"
    drifted = [member for member in left if left[member] != right[member]]
    assert drifted == [], f"{name}: these differ beyond async/await: {drifted}"
