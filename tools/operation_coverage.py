"""Which generated operations no resource method wraps yet.

A generated endpoint module (`astra_devops_api.api.<tag>.<module>`) reaches users through a
resource method in src/astra_devops/_async/ (the sync twin is generated from it), or a request
builder of its group in `_requests/`, that imports it, or that declares it with its typed builder
from `_operations` (`async_endpoint(ops.get_cdc, ...)`), listed in docs/operations.md.
New vendor operations are not wrapped automatically (a wrapper needs a name, validation, waits
and typed errors chosen by a person): this check names each missing one and where to add it.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

API_PACKAGE = "astra_devops_api.api"


def generated(root: Path) -> dict[str, str]:
    """'tag.module' -> 'METHOD /path' for every generated endpoint module."""
    found = {}
    for module in sorted((root / "generated" / "astra_devops_api" / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        source = module.read_text()
        method = re.search(r'"method": "(\w+)"', source)
        url = re.search(r'"url": "([^"]+)"', source)
        request = f"{method.group(1).upper()} {url.group(1)}" if method and url else "?"
        found[f"{module.parent.name}.{module.stem}"] = request
    return found


def builders(root: Path) -> dict[str, str]:
    """Typed builder name -> 'tag.module', read from the `Call("tag.module", ...)` it returns."""
    tree = ast.parse((root / "src" / "astra_devops" / "_operations.py").read_text())
    found = {}
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Call":
                operation = node.args[0]
                if isinstance(operation, ast.Constant) and isinstance(operation.value, str):
                    found[function.name] = operation.value
    return found


def _references(tree: ast.AST, typed: dict[str, str]) -> set[str]:
    tags: dict[str, str] = {}
    aliases: set[str] = set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level > 0 and node.module is None:
            aliases |= {alias.asname or alias.name for alias in node.names if alias.name == "_operations"}
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(API_PACKAGE + "."):
            tag = node.module.removeprefix(API_PACKAGE + ".").split(".")[0]
            names |= {f"{tag}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module == API_PACKAGE:
            tags |= {alias.asname or alias.name: alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            parts = [
                alias.name.split(".") for alias in node.names if alias.name.startswith(API_PACKAGE + ".")
            ]
            names |= {".".join(part[2:4]) for part in parts if len(part) >= 4}
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names |= set(re.findall(rf"{re.escape(API_PACKAGE)}\.(\w+\.\w+)", node.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in tags:
            names.add(f"{tags[node.value.id]}.{node.attr}")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
            names |= {typed[node.attr]} if node.attr in typed else set()
    return names


def wrapped(root: Path) -> dict[str, list[str]]:
    """'tag.module' -> the resource groups (file names in `_async/`) that use it."""
    users: dict[str, list[str]] = {}
    typed = builders(root)
    package = root / "src" / "astra_devops"
    for path in sorted([*(package / "_async").glob("[!_]*.py"), *(package / "_requests").glob("[!_]*.py")]):
        for name in _references(ast.parse(path.read_text()), typed):
            users.setdefault(name, []).append(path.name)
    return users


def _aliases(tree: ast.AST) -> set[str]:
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level > 0 and node.module is None
        for alias in node.names
        if alias.name == "_operations"
    }


def _calls(
    node: ast.AST, label: str, aliases: set[str], *, in_function: bool = False
) -> Iterator[tuple[int, str, str]]:
    """(line, the method or attribute using it, builder name) of every `ops.<builder>`, the label
    being the outermost function or class-level assignment holding it."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not in_function:
        label, in_function = node.name, True
    elif isinstance(node, ast.Assign) and not in_function and isinstance(node.targets[0], ast.Name):
        label = node.targets[0].id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
        yield node.lineno, label, node.attr
    for child in ast.iter_child_nodes(node):
        yield from _calls(child, label, aliases, in_function=in_function)


def calls(root: Path) -> list[tuple[str, int, str, str]]:
    """(file relative to root, line, `group.method`, builder) of every typed builder a resource
    module calls."""
    found = []
    package = root / "src" / "astra_devops"
    for path in sorted([*(package / "_async").glob("[!_]*.py"), *(package / "_requests").glob("[!_]*.py")]):
        tree = ast.parse(path.read_text())
        for line, label, builder in _calls(tree, "", _aliases(tree)):
            found.append((str(path.relative_to(root)), line, f"{path.stem}.{label}", builder))
    return found


def orphaned(root: Path) -> list[tuple[str, int, str, str]]:
    """The calls of `calls(root)` to a builder `_operations.py` no longer has: a method whose
    operation is gone or renamed."""
    typed = builders(root)
    return [call for call in calls(root) if call[3] not in typed]


def documented(root: Path) -> set[str]:
    """'tag.module' of every docs/operations.md row that names a resource method."""
    table = (root / "docs" / "operations.md").read_text()
    return set(re.findall(r"\| `(\w+\.\w+)` \| `[\w.]+` \|", table))


def where_to_add(name: str, users: dict[str, list[str]]) -> str:
    """The resource module wrapping the most operations of the same tag."""
    tag = name.split(".")[0]
    counts = Counter(file for other, used in users.items() if other.startswith(tag + ".") for file in used)
    if not counts:
        return f"a new resource module in src/astra_devops/_async/ (tag {tag!r})"
    return f"src/astra_devops/_async/{counts.most_common(1)[0][0]}"


def missing(root: Path) -> list[str]:
    """One line per generated operation without a resource method or without its docs row."""
    users = wrapped(root)
    rows = documented(root)
    lines = []
    for name, request in generated(root).items():
        gaps = [
            text
            for text, ok in (("no resource method", name in users), ("no docs row", name in rows))
            if not ok
        ]
        if gaps:
            lines.append(
                f"{API_PACKAGE}.{name} ({request}): {' and '.join(gaps)}; add a method in "
                f"{where_to_add(name, users)} and its row in docs/operations.md"
            )
    return lines


if __name__ == "__main__":
    tree_root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    problems = missing(tree_root) + [
        f"{path}:{line} {label} calls ops.{builder}, which src/astra_devops/_operations.py does not have"
        for path, line, label, builder in orphaned(tree_root)
    ]
    print("\n".join(problems) or "every generated operation has a resource method")
    sys.exit(1 if problems else 0)
