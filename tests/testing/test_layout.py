"""The fake's modules form no import circle, and each domain module contributes its own routes."""

import ast
from pathlib import Path

from astra_devops.testing import FakeAstra, routes

PACKAGE = Path(routes.__file__).resolve().parents[1]


def local_imports(path: Path) -> set[str]:
    """The modules of astra_devops.testing that `path` imports (relative imports only)."""
    module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    package = module.rsplit(".", 1)[0] if "." in module else ""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if package else []
            target = ".".join([*filter(None, base), node.module or ""]).strip(".")
            names = [f"{target}.{alias.name}".strip(".") for alias in node.names]
            candidates = names if node.module is None else [target, *names]
            found |= {name for name in candidates if _is_module(name)}
    return found


def _is_module(name: str) -> bool:
    path = PACKAGE / name.replace(".", "/")
    return bool(name) and (path.with_suffix(".py").exists() or (path / "__init__.py").exists())


def test_no_import_circle() -> None:
    graph = {
        ".".join(path.relative_to(PACKAGE).with_suffix("").parts): local_imports(path)
        for path in PACKAGE.rglob("*.py")
    }
    graph = {name.removesuffix(".__init__"): edges for name, edges in graph.items()}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for step in graph.get(start, set()):
            if step == goal or (step not in seen and reaches(step, goal, seen | {step})):
                return True
        return False

    circles = [name for name in graph if reaches(name, name, set())]
    assert circles == []
    assert "_fake" not in graph["_wire"] and "_wire" in graph["_fake"]


def test_each_domain_module_contributes_routes() -> None:
    fake = FakeAstra()
    for module in routes.MODULES:
        assert module.routes(fake.world), module.__name__
    assert len(fake.router.routes()) == sum(len(module.routes(fake.world)) for module in routes.MODULES)
