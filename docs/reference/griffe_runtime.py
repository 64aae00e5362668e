"""A griffe extension for the reference: what the source alone cannot show, read from the runtime.

- A one-line method, `list_for_organization = endpoint(ops.get_tokens_for_org, one(ClientRoleList))`,
  is an attribute to a reader of the source. On the class it is a function with the operation's
  signature and docstring (`astra_devops._endpoints`): the reference documents that function.
- A default named after a constant (`timeout = DEFAULT_TIMEOUT`) shows its value (`30.0`), as
  `help()` does.
"""

from __future__ import annotations

import enum
import inspect
import re
from typing import Any

import griffe

DECLARED = ("endpoint(", "async_endpoint(")


class RuntimeSignatures(griffe.Extension):
    def on_class_members(
        self, *, cls: griffe.Class, agent: griffe.Visitor | griffe.Inspector, **kwargs: Any
    ) -> None:
        declared = [
            member
            for member in cls.members.values()
            if isinstance(member, griffe.Attribute) and str(member.value).startswith(DECLARED)
        ]
        if declared and cls.path.startswith("astra_devops."):
            runtime = griffe.dynamic_import(cls.path)
            for member in declared:
                cls.set_member(member.name, _function(member, getattr(runtime, member.name), agent))

    def on_function_instance(
        self, *, func: griffe.Function, agent: griffe.Visitor | griffe.Inspector, **kwargs: Any
    ) -> None:
        named = [p for p in func.parameters if isinstance(p.default, griffe.ExprName | griffe.ExprAttribute)]
        if named and func.path.startswith("astra_devops."):
            actual = inspect.signature(griffe.dynamic_import(func.path)).parameters
            for parameter in named:
                parameter.default = _shown(actual[parameter.name].default)


def _function(
    member: griffe.Attribute, runtime: Any, agent: griffe.Visitor | griffe.Inspector
) -> griffe.Function:
    signature = inspect.signature(runtime)
    parameters = [
        griffe.Parameter(
            p.name,
            annotation=_annotation(p.annotation),
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
        returns=_annotation(signature.return_annotation),
        docstring=griffe.Docstring(
            inspect.getdoc(runtime) or "",
            parent=member.parent,
            parser=agent.docstring_parser,
            parser_options=agent.docstring_options,
        ),
    )
    if inspect.iscoroutinefunction(runtime):
        function.labels.add("async")
    return function


def _annotation(annotation: object) -> str | None:
    if annotation is inspect.Parameter.empty:
        return None
    if isinstance(annotation, str):
        return annotation
    if annotation is None:
        return "None"
    text = annotation.__name__ if isinstance(annotation, type) else repr(annotation)
    return re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", text)


def _shown(value: object) -> str:
    return f"{type(value).__name__}.{value.name}" if isinstance(value, enum.Enum) else repr(value)
