"""Which route answers a path: the operation, 404 for an unknown path, 405 for a wrong method."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._http import Reply, Request, Route

_PARAMETER = re.compile(r"\{[^{}/]+\}")


def template_pattern(template: str) -> re.Pattern[str]:
    """`/v2/databases/{databaseID}` -> a regex capturing the value in each pair of braces
    (use it with `fullmatch`)."""
    parts = re.split(r"(\{[^{}]+\})", template)
    body = "".join("([^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(body)


def _shape(template: str) -> str:
    return _PARAMETER.sub("{}", template)


class Router:
    """The routes of every domain, matched most literal first (`/v2/kms/classic` before `/v2/kms/{x}`)."""

    def __init__(self, routes: Iterable[Route]) -> None:
        ordered = sorted(routes, key=lambda route: route.template.count("{"))
        self._routes = [(route, template_pattern(route.template)) for route in ordered]
        self._shapes = {(route.method, _shape(route.template)) for route in ordered}
        duplicates = len(ordered) - len(self._shapes)
        if duplicates:
            raise ValueError(f"{duplicates} routes are declared twice")

    def routes(self) -> list[Route]:
        return [route for route, _ in self._routes]

    def find(self, request: Request) -> tuple[Route, tuple[str, ...]]:
        """The route and its path values; a 404 or 405 Reply when there is none. The most literal
        template that matches decides: `GET .../generate-report` is a 405, not a report id."""
        allowed: list[str] = []
        literal = None
        for route, pattern in self._routes:
            match = pattern.fullmatch(request.path)
            if match is None or (literal is not None and route.template.count("{") > literal):
                continue
            literal = route.template.count("{")
            if route.method == request.method:
                return route, match.groups()
            allowed.append(route.method)
        if allowed:
            reply = Reply.error(405, f"method {request.method} is not allowed on {request.path}")
            reply.headers["Allow"] = ", ".join(sorted(set(allowed)))
            raise reply
        raise Reply.error(404, f"no such path: {request.path}")

    def knows(self, method: str, template: str) -> bool:
        """Whether `"METHOD /template"` (or a concrete path) names a route; method `*` is any."""
        methods = {route.method for route, _ in self._routes} if method == "*" else {method}
        if any((each, _shape(template)) in self._shapes for each in methods):
            return True
        return any(route.method in methods and pattern.fullmatch(template) for route, pattern in self._routes)
