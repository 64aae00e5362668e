"""A griffe extension for the reference: what the source alone cannot show, read from the runtime.

- A one-line method, `list_for_organization = endpoint(ops.get_tokens_for_org, one(ClientRoleList))`
  or `launch = step(ops.launch_migration, ...)`, is an attribute to a reader of the source. On the
  class it is a function with its full signature and docstring (`astra_devops._endpoints`): the
  reference documents that function. A function nested in a declaration is not documented.
- A default named after a constant (`timeout = DEFAULT_TIMEOUT`) shows its value (`30.0`), as
  `help()` does.
- A parameter the generated code types `X | Unset = UNSET` (left out, it is not sent) shows as
  `X = ...`: the marker is the generated code's, a caller never writes it.
- Types in signatures link to their reference (the runtime signatures' annotations are text:
  each name is given the module it comes from).
- A page of the site named in a docstring (`see waiting.md`) links to it.
"""

from __future__ import annotations

import ast
import enum
import importlib
import importlib.util
import inspect
import re
from pathlib import Path
from typing import Any

import griffe

UNSET = "Unset"
NOT_SENT = "..."
DOCS = Path(__file__).resolve().parents[1]
PAGE = re.compile(r"(?<![\w/\[(])(?:docs/)?([a-z][a-z_-]*)\.md\b")
UNSET_TYPE = re.compile(rf"\s*\|\s*{UNSET}\b|\b{UNSET}\s*\|\s*")
# Where the names of runtime annotations come from: the request builders' module, then the models.
NAMESPACES = ("astra_devops._operations", "astra_devops_api.models")


class RuntimeSignatures(griffe.Extension):
    def on_class_members(
        self, *, cls: griffe.Class, agent: griffe.Visitor | griffe.Inspector, **kwargs: Any
    ) -> None:
        calls = [
            member
            for member in cls.members.values()
            if isinstance(member, griffe.Attribute) and isinstance(member.value, griffe.ExprCall)
        ]
        if calls and cls.path.startswith("astra_devops."):
            runtime = griffe.dynamic_import(cls.path)
            for member in calls:
                method = getattr(runtime, member.name, None)
                if inspect.isfunction(method):
                    cls.set_member(member.name, _function(member, method, agent))

    def on_function_instance(
        self, *, func: griffe.Function, agent: griffe.Visitor | griffe.Inspector, **kwargs: Any
    ) -> None:
        named = [p for p in func.parameters if isinstance(p.default, griffe.ExprName | griffe.ExprAttribute)]
        if named and func.path.startswith("astra_devops.") and not isinstance(func.parent, griffe.Function):
            actual = inspect.signature(griffe.dynamic_import(func.path)).parameters
            for parameter in (p for p in named if p.name in actual):  # an overload's runtime is a stub
                parameter.default = _shown(actual[parameter.name].default)
        _without_unset(func)

    def on_instance(
        self, *, obj: griffe.Object, agent: griffe.Visitor | griffe.Inspector, **kwargs: Any
    ) -> None:
        if obj.docstring is not None:
            obj.docstring.value = UNSET_TYPE.sub("", _linked(obj.docstring.value))


def _function(
    member: griffe.Attribute, runtime: Any, agent: griffe.Visitor | griffe.Inspector
) -> griffe.Function:
    signature = inspect.signature(runtime)
    parameters = [
        griffe.Parameter(
            p.name,
            annotation=_annotation(p.annotation, member.parent),
            kind=griffe.ParameterKind(p.kind.description),
            default=None if p.default is inspect.Parameter.empty else _shown(p.default),
        )
        for p in signature.parameters.values()
    ]
    function = griffe.Function(
        member.name,
        lineno=member.lineno,
        endlineno=member.endlineno,
        parameters=griffe.Parameters(*parameters),
        returns=_annotation(signature.return_annotation, member.parent),
        docstring=griffe.Docstring(
            _linked(inspect.getdoc(runtime) or ""),
            parent=member.parent,
            parser=agent.docstring_parser,
            parser_options=agent.docstring_options,
        ),
    )
    if inspect.iscoroutinefunction(runtime):
        function.labels.add("async")
    _without_unset(function)
    return function


def _annotation(annotation: object, scope: griffe.Object | None) -> str | griffe.Expr | None:
    """The annotation as an expression whose names link to where they are defined."""
    if annotation is inspect.Parameter.empty:
        return None
    if annotation is None:
        return "None"
    if isinstance(annotation, str):
        text = annotation
    else:
        text = annotation.__name__ if isinstance(annotation, type) else repr(annotation)
        text = re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", text)
    if not isinstance(scope, griffe.Module | griffe.Class):
        return text
    expression = griffe.safe_get_annotation(ast.parse(text, mode="eval").body, scope)
    if not isinstance(expression, griffe.Expr):  # None, or a constant such as `None` given as text
        return text
    for name in _names(expression):
        name.parent = _home(name.name) or name.parent
    return expression


def _names(expression: griffe.Expr) -> list[griffe.ExprName]:
    found = [expression] if isinstance(expression, griffe.ExprName) else []
    found += [part for part in expression.iterate(flat=True) if isinstance(part, griffe.ExprName)]
    return found


def _home(name: str) -> str | None:
    """The module a name of a runtime annotation is defined in, for the link to its reference."""
    for namespace in NAMESPACES:
        found = getattr(importlib.import_module(namespace), name, None)
        if isinstance(found, type):
            return found.__module__
        if found is not None:
            return _defining_module(namespace, name)
    return None


def _defining_module(namespace: str, name: str) -> str:
    """For an alias (`Headers = Mapping[str, str]`): the module that assigns it, following imports."""
    module = importlib.import_module(namespace)
    source = inspect.getsource(module)
    imported = re.search(rf"^from (\.+\w*) import .*\b{name}\b", source, re.MULTILINE)
    if imported is None:
        return namespace
    return _defining_module(importlib.util.resolve_name(imported[1], module.__package__), name)


def _without_unset(function: griffe.Function) -> None:
    """`x: X | Unset = UNSET` shown as `x: X = ...`."""
    for parameter in function.parameters:
        if str(parameter.default) == "UNSET":
            parameter.default = NOT_SENT
        parameter.annotation = _drop_unset(parameter.annotation)


def _drop_unset(annotation: str | griffe.Expr | None) -> str | griffe.Expr | None:
    if isinstance(annotation, str):
        return UNSET_TYPE.sub("", annotation)
    if isinstance(annotation, griffe.ExprBinOp) and annotation.operator == "|":
        left, right = _drop_unset(annotation.left), _drop_unset(annotation.right)
        if _is_unset(left):
            return right
        if _is_unset(right):
            return left
        return griffe.ExprBinOp(left, "|", right)
    return annotation


def _is_unset(annotation: str | griffe.Expr | None) -> bool:
    return isinstance(annotation, griffe.ExprName) and annotation.name == UNSET


def _linked(text: str) -> str:
    """`see waiting.md` (or `docs/waiting.md`) as a link to that page, by its title."""
    return PAGE.sub(_page_link, text)


def _page_link(found: re.Match[str]) -> str:
    page = DOCS / f"{found[1]}.md"
    if not page.is_file():
        return found[0]
    title = page.read_text().partition("\n")[0].lstrip("# ").strip()
    return f"[{title}][{_anchor(title)}]"


def _anchor(title: str) -> str:
    return re.sub(r"[\s]+", "-", re.sub(r"[^\w\s-]", "", title).strip().lower())


def _shown(value: object) -> str:
    return f"{type(value).__name__}.{value.name}" if isinstance(value, enum.Enum) else repr(value)
