"""Write src/astra_devops/_operations.py: one typed request builder per generated operation.

Each builder has the generated `_get_kwargs` parameters (names, annotations, defaults copied
from its source) plus the per-call `timeout` and `extra_headers` keywords, so the resource
methods declared with `endpoint()` carry a real signature for type checkers and `help()`.
The builder imports its own generated module only when called.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API = ROOT / "generated" / "astra_devops_api" / "api"
TARGET = ROOT / "src" / "astra_devops" / "_operations.py"
HEADER = '''"""Typed request builders, one per generated operation (written by tools/generate_operations.py).

Do not edit: run `python tools/generate_operations.py` after `make generate`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._endpoints import Call
from ._resource import Headers, Timeout
'''


def _absolute(node: ast.ImportFrom) -> str:
    if node.level == 0:
        return str(node.module)
    return "astra_devops_api" + ("." + node.module if node.module else "")


def _imports(tree: ast.Module) -> dict[str, str]:
    """Name -> absolute module, for every `from ... import name` of a generated module."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                found[alias.asname or alias.name] = _absolute(node)
    return found


def _names(nodes: list[ast.expr]) -> set[str]:
    return {name.id for node in nodes for name in ast.walk(node) if isinstance(name, ast.Name)}


def _summary(tree: ast.Module) -> str:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            lines = (ast.get_docstring(node) or "").strip().splitlines()
            if lines:
                return lines[0].strip().replace('"', "'")
    return ""


def _builder(path: Path, runtime: dict[str, str], typing_only: dict[str, str]) -> str:
    tree = ast.parse(path.read_text())
    imports = _imports(tree)
    build = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs")
    args = build.args
    defaults = [d for d in [*args.defaults, *args.kw_defaults] if d is not None]
    annotations = [a.annotation for a in [*args.args, *args.kwonlyargs] if a.annotation is not None]
    for name in _names(defaults):
        runtime[name] = imports[name]
    for name in _names(annotations) - set(runtime):
        if name in imports:
            typing_only[name] = imports[name]
    args.kwonlyargs += [
        ast.arg("timeout", ast.Name("Timeout")),
        ast.arg("extra_headers", ast.Name("Headers | None")),
    ]
    args.kw_defaults += [ast.Constant(None), ast.Constant(None)]
    passed = ", ".join(f'"{a.arg}": {a.arg}' for a in [*build.args.args, *build.args.kwonlyargs][:-2])
    operation = f"{path.parent.name}.{path.stem}"
    summary = _summary(tree) or operation
    return (
        f"\n\ndef {path.stem}({ast.unparse(args)}) -> Call:\n"
        f'    """{summary}.\n\n    Generated operation: `astra_devops_api.api.{operation}`.\n    """\n'
        f'    return Call("{operation}", {{{passed}}}, timeout, extra_headers)\n'
    )


def _import_lines(names: dict[str, str], indent: str) -> list[str]:
    by_module: dict[str, list[str]] = {}
    for name, module in names.items():
        by_module.setdefault(module, []).append(name)
    return [f"{indent}from {m} import {', '.join(sorted(n))}" for m, n in sorted(by_module.items())]


def render() -> str:
    runtime: dict[str, str] = {}
    typing_only: dict[str, str] = {}
    modules = sorted(p for p in API.glob("*/*.py") if p.name != "__init__.py")
    bodies = "".join(_builder(path, runtime, typing_only) for path in modules)
    lines = [HEADER, *_import_lines(runtime, ""), "", "if TYPE_CHECKING:"]
    lines += _import_lines({k: v for k, v in typing_only.items() if k not in runtime}, "    ")
    return _ruff("format", _ruff("check", "--select", "I", "--fix", "\n".join(lines) + "\n" + bodies))


def _ruff(*command_and_text: str) -> str:
    *command, text = command_and_text
    ruff = [sys.executable, "-m", "ruff", *command, "--quiet", "--stdin-filename", str(TARGET), "-"]
    return subprocess.run(ruff, input=text, capture_output=True, text=True, check=True).stdout


def main() -> int:
    TARGET.write_text(render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
