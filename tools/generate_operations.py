"""Write src/astra_devops/_operations.py: one typed request builder per generated operation.

Each builder has the generated `_get_kwargs` parameters (names, annotations, defaults copied
from its source) plus the per-call `timeout` and `extra_headers` keywords, so the resource
methods declared with `endpoint()` carry a real signature for type checkers and `help()`.
The builder imports its own generated module only when called.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
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


WIDTH = 100
# What each parameter is, in our words; `body` is described from its type.
PARAMETERS = {
    "addresses": "The addresses to remove; none removes the whole access list.",
    "all_": "Include terminated datacenters too.",
    "client_id": "The token's client id.",
    "cluster_id": "The database's id (the API calls it the cluster).",
    "concurrency": "How many tables are migrated at once.",
    "count": "The most entries one page holds.",
    "database_id": "The database's id.",
    "datacenter_id": "The datacenter's id.",
    "datacenter_uuid": "The datacenter's id.",
    "endpoint_id": "The private endpoint's id, as the cloud provider names it.",
    "filter_": "A SCIM filter expression (RFC 7644), for example on `userName`.",
    "filter_by_org": "`enabled`: only the regions this organization may use.",
    "free_consumed": "The percentage of free credits used, 0 to 100.",
    "from_": "The start of the time range (a date and time).",
    "generate_resources": "Let the search index generate its resources.",
    "group_id": "The SCIM group's id.",
    "include": "Which databases, by status (`NONTERMINATED` unless given).",
    "keyspace_name": "The keyspace's name.",
    "limit": "The most databases one page holds.",
    "migration_id": "The migration's id.",
    "operation_id": "The id of the clone or restore operation.",
    "option": "The migration option.",
    "option_cleanup_time": "When the migration's leftovers are cleaned up.",
    "org_id": "The organization's id.",
    "pcu_group_uuid": "The PCU group's id.",
    "prepared_state_only": "Terminate only a database still in the PREPARED state.",
    "provider": "The cloud provider: AWS, GCP or AZURE.",
    "region": "The cloud provider's region.",
    "region_type": "The kind of region, for example `vector`; every kind when not given.",
    "report_id": "The report's id.",
    "role_id": "The role's id.",
    "schema": "The search index schema file.",
    "snapshot_id": "The snapshot's id.",
    "solrconfig": "The search index configuration file.",
    "source_dbid": "The id of the database the snapshot was taken from.",
    "source_region": "The region of the source database.",
    "start_index": "The 1-based index of the first entry of the page.",
    "starting_after": "The id of the last database of the previous page.",
    "table_name": "The table's name.",
    "target_dbid": "The id of the database the snapshot is restored into.",
    "target_subset_size_gb": "How much data the migration moves, in GB.",
    "to": "The end of the time range (a date and time).",
    "user_id": "The user's id.",
    "timeout": "Seconds (or an `httpx.Timeout`) for this call; None: the client's timeout.",
    "extra_headers": "Headers added to this request only (never Authorization).",
}


def _route(build: ast.FunctionDef) -> str:
    """`POST /v2/databases/{database_id}/park`, read from the `_kwargs` dict `_get_kwargs` returns."""
    for node in ast.walk(build):
        if isinstance(node, ast.Dict):
            keys = [key.value if isinstance(key, ast.Constant) else None for key in node.keys]
            found = dict(zip(keys, node.values, strict=True))
            if "method" in found and "url" in found:
                url = found["url"]
                if isinstance(url, ast.Call) and isinstance(url.func, ast.Attribute):
                    url = url.func.value
                return f"{ast.literal_eval(found['method']).upper()} {ast.literal_eval(url)}"
    raise ValueError(f"no method and url in {build.name}")


def _described(arg: ast.arg) -> str:
    if arg.arg == "body":
        kinds = str(ast.unparse(arg.annotation)).replace(" | Unset", "") if arg.annotation else "JSON"
        return f"The request body: `{kinds}`."
    return PARAMETERS.get(arg.arg) or f"The `{arg.arg}` parameter (see the operation's summary)."


def _docstring(summary: str, description: str, route: str, args: ast.arguments, operation: str) -> str:
    method, url = route.split(" ")
    lines = [f"{summary}.", ""]
    if description:
        lines += [*textwrap.wrap(description, WIDTH), ""]
    lines += textwrap.wrap(f"Sends a {method} to `{url}`.", WIDTH, break_on_hyphens=False)
    lines += ["", "Args:"]
    for arg in [*args.args, *args.kwonlyargs]:
        lines += textwrap.wrap(
            f"{arg.arg}: {_described(arg)}", WIDTH, initial_indent="    ", subsequent_indent="        "
        )
    lines += ["", f"Generated operation: `astra_devops_api.api.{operation}`."]
    return "\n".join(f"    {line}" if line else "" for line in lines).lstrip()


def _summary(tree: ast.Module) -> tuple[str, str]:
    """The operation's summary and description (our words, from the contract), as the generated
    module's docstring holds them: what comes before its Args, Raises or Returns section (those
    describe the generated function, not our method)."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            docstring = (ast.get_docstring(node) or "").strip()
            text = re.split(r"\n(?:Args|Raises|Returns):", docstring, maxsplit=1)[0]
            head, _, rest = text.partition("\n")
            return head.strip().replace('"', "'"), " ".join(rest.split()).replace('"', "'").replace("\\", "")
    return "", ""


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
    summary, description = _summary(tree)
    docstring = _docstring(summary or operation, description, _route(build), args, operation)
    return (
        f"\n\ndef {path.stem}({ast.unparse(args)}) -> Call:\n"
        f'    """{docstring}\n    """\n'
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
