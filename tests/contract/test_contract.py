"""Our requests, checked against the contract by Prism, a validator we did not write.

Every generated operation is called with valid example arguments built from the
contract; Prism's `sl-violations` header lists anything the request got wrong.
"""

import contextlib
import enum
import importlib
import inspect
import json
import re
import types
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
from astra_devops_api.types import Unset

from astra_devops import AstraDevOps, errors

from .examples import UUID, Examples

pytestmark = pytest.mark.contract
ROOT = Path(__file__).resolve().parents[2]
CONTRACT = json.loads((ROOT / "generated" / "openapi.json").read_text())
API = ROOT / "generated" / "astra_devops_api" / "api"
TOKEN = "AstraCS:contract-test"


def template(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def operations() -> list[tuple[str, str, str]]:
    """(module name, method, contract path) for every generated endpoint module."""
    paths = {(method, template(path)): path for path, item in CONTRACT["paths"].items() for method in item}
    found = []
    for module in sorted(API.glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        source = module.read_text()
        method = re.search(r'"method": "(\w+)"', source).group(1)  # type: ignore[union-attr]
        url = re.search(r'"url": "([^"]+)"', source).group(1)  # type: ignore[union-attr]
        found.append(
            (
                f"astra_devops_api.api.{module.parent.name}.{module.stem}",
                method,
                paths[(method, template(url))],
            )
        )
    return found


def argument(annotation: Any, name: str) -> Any:
    kind = members(annotation)[0]
    if inspect.isclass(kind) and issubclass(kind, enum.Enum):
        return next(iter(kind))
    if kind is bool:
        return True
    if kind is int:
        return 1
    if typing.get_origin(kind) is list:
        return ["10.0.0.1/32"] if name == "addresses" else ["example"]
    return UUID


def members(annotation: Any) -> list[Any]:
    """The non-Unset, non-None members of an annotation (itself when it is not a union)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
    return [annotation]


def build(kind: Any, value: Any) -> Any:
    """`value` as the first union member whose generated model accepts it."""
    for member in members(kind):
        if typing.get_origin(member) is list and isinstance(value, list):
            return [build(typing.get_args(member)[0], entry) for entry in value]
        if hasattr(member, "from_dict") and isinstance(value, dict):
            try:
                return member.from_dict(value)
            except (KeyError, ValueError, TypeError):
                continue
    return value


def body_for(annotation: Any, operation: dict[str, Any]) -> Any:
    schema = next(iter(operation["requestBody"]["content"].values()))["schema"]
    return build(annotation, Examples(CONTRACT).value(schema))


def request_for(module_name: str, method: str, path: str) -> dict[str, Any]:
    module = importlib.import_module(module_name)
    hints = typing.get_type_hints(module._get_kwargs)
    operation = CONTRACT["paths"][path][method]
    positional, keywords = [], {}
    for name, parameter in inspect.signature(module._get_kwargs).parameters.items():
        if name == "body":
            keywords[name] = body_for(hints[name], operation)
        elif parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            positional.append(argument(hints[name], name))
        elif parameter.default is inspect.Parameter.empty:
            keywords[name] = argument(hints[name], name)
    return module._get_kwargs(*positional, **keywords)


def violations(response: httpx.Response) -> list[dict[str, Any]]:
    found = json.loads(response.headers.get("sl-violations", "[]"))
    return [v for v in found if v["location"][0] == "request" and v["severity"] == "Error"]


@pytest.mark.parametrize(
    ("module_name", "method", "path"), operations(), ids=lambda value: str(value).rsplit(".")[-1]
)
def test_every_operation_sends_a_request_the_contract_accepts(
    prism_url: str, module_name: str, method: str, path: str
) -> None:
    request = request_for(module_name, method, path)
    with httpx.Client(base_url=prism_url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10) as http:
        response = http.request(**request)
    assert violations(response) == [], f"{method.upper()} {path}"
    assert response.status_code < 500 or response.status_code == 501


def test_all_operations_are_covered() -> None:
    generated = operations()
    in_contract = {
        (m, p)
        for p, item in CONTRACT["paths"].items()
        for m in item
        if m in {"get", "post", "put", "delete", "patch"}
    }
    assert {(m, p) for _, m, p in generated} == in_contract


@pytest.fixture
def client_and_violations(prism_url: str) -> typing.Iterator[tuple[AstraDevOps, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []
    http = httpx.Client(event_hooks={"response": [lambda response: seen.extend(violations(response))]})
    with AstraDevOps(token=TOKEN, base_url=prism_url, max_retries=0, http_client=http) as client, http:
        yield client, seen


POLICY = {"description": "d", "resources": ["drn:astra:org:x"], "actions": ["db-cql"], "effect": "allow"}
CALLS = {
    "databases.get": lambda c: c.databases.get(UUID),
    "databases.list": lambda c: next(iter(c.databases.list(page_size=10)), None),
    "databases.create": lambda c: c.databases.create(
        name="n", cloud_provider="AWS", region="us-east-2", wait=False
    ),
    "databases.resize": lambda c: c.databases.resize(UUID, 3, wait=False),
    "keyspaces.create": lambda c: c.keyspaces.create(UUID, "ks", wait=False),
    "datacenters.add": lambda c: c.datacenters.add(
        UUID, cloud_provider="AWS", region="us-east-1", wait=False
    ),
    "roles.create": lambda c: c.roles.create("reader", POLICY),
    "roles.update": lambda c: c.roles.update(UUID, "reader", POLICY),
    "users.invite": lambda c: c.users.invite("a@example.com", [UUID], org_id=UUID),
    "users.update_roles": lambda c: c.users.update_roles(UUID, [UUID]),
    "tokens.create": lambda c: c.tokens.create([UUID], description="ci"),
    "access_lists.add": lambda c: c.access_lists.add(UUID, ["10.0.0.0/24"]),
    "access_lists.replace": lambda c: c.access_lists.replace(UUID, ["10.0.0.0/24"]),
    "access_lists.delete": lambda c: c.access_lists.delete(UUID, ["10.0.0.0/24", "10.0.1.0/24"]),
    "databases.reset_password": lambda c: c.databases.reset_password(UUID, "admin", "s3cret!"),
}


@pytest.mark.parametrize("name", CALLS)
def test_the_hand_written_client_sends_what_the_contract_accepts(
    client_and_violations: tuple[AstraDevOps, list[dict[str, Any]]], name: str
) -> None:
    client, seen = client_and_violations
    # Prism's generated answers need not satisfy the live API's quirks: the request is what is checked.
    with contextlib.suppress(errors.AstraDevOpsError):
        CALLS[name](client)
    assert seen == []
