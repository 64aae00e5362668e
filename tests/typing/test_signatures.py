"""Every operation's resource method, sync and async, describes itself truly to `inspect` and `help()`.

docs/operations.md maps each of the contract's 128 operations to its resource method. A method
declared with `endpoint()` shows the generated operation's parameters plus `timeout` and
`extra_headers`, and the type it returns (never `Response[...]`, never `Any`); a hand-written one
shows its own signature, with a return annotation and a keyword-only `extra_headers`.
`with_raw_response.<method>` shows the same signature, for every method but those returning a page
iterator.
"""

from __future__ import annotations

import inspect
import pydoc
import re
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps
from astra_devops._async._endpoints import async_endpoint
from astra_devops._async._resource import AsyncResource
from astra_devops._sync._endpoints import endpoint
from astra_devops._sync._resource import SyncResource

ROOT = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\|.*\| `(\w+)\.(\w+)` \| `(\w+)\.(\w+)` \|\s*$", re.MULTILINE)
OPERATIONS = ROW.findall((ROOT / "docs" / "operations.md").read_text())
CLIENTS = {"sync": AstraDevOps, "async": AsyncAstraDevOps}
RESOURCES = ROOT / "src" / "astra_devops" / "resources"
PAGE_ITERATORS = {("databases", "list")}


def test_every_operation_is_mapped_once() -> None:
    generated = sorted(
        f"{path.parent.name}.{path.stem}"
        for path in (ROOT / "generated" / "astra_devops_api" / "api").glob("*/*.py")
        if path.name != "__init__.py"
    )
    assert sorted(f"{tag}.{name}" for tag, name, _, _ in OPERATIONS) == generated
    assert len(generated) == 128


def _bound(kind: str, group: str, method: str) -> Any:
    client = CLIENTS[kind](token="AstraCS:signature-test")
    return getattr(getattr(client, group), method)


def _declared(kind: str, group: str, method: str) -> object:
    resource = type(getattr(CLIENTS[kind](token="AstraCS:signature-test"), group))
    return inspect.getattr_static(resource, method)


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(("tag", "name", "group", "method"), OPERATIONS, ids=[o[1] for o in OPERATIONS])
def test_the_bound_method_signature_is_true(kind: str, tag: str, name: str, group: str, method: str) -> None:
    bound = _bound(kind, group, method)
    signature = inspect.signature(bound)
    returns = signature.return_annotation
    assert returns is not inspect.Signature.empty
    assert returns is not Any and "Any" not in str(returns) and "Response[" not in str(returns)
    assert signature.parameters["extra_headers"].kind is inspect.Parameter.KEYWORD_ONLY
    if isinstance(_declared(kind, group, method), endpoint | async_endpoint):
        generated = inspect.signature(import_module(f"astra_devops_api.api.{tag}.{name}")._get_kwargs)
        assert list(signature.parameters) == [*generated.parameters, "timeout", "extra_headers"]
        assert [p.kind for p in signature.parameters.values()][:-2] == [
            p.kind for p in generated.parameters.values()
        ]
        assert bound.__name__ == method
        assert name in (bound.__doc__ or "")


@pytest.mark.parametrize(("tag", "name", "group", "method"), OPERATIONS, ids=[o[1] for o in OPERATIONS])
def test_the_async_method_is_awaitable_like_its_twin(tag: str, name: str, group: str, method: str) -> None:
    sync, asynchronous = _bound("sync", group, method), _bound("async", group, method)
    assert inspect.signature(sync) == inspect.signature(asynchronous) or method == "list"
    assert inspect.iscoroutinefunction(asynchronous) or method == "list"
    assert not inspect.iscoroutinefunction(sync)


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(("tag", "name", "group", "method"), OPERATIONS, ids=[o[1] for o in OPERATIONS])
def test_the_raw_response_method_has_the_method_signature(
    kind: str, tag: str, name: str, group: str, method: str
) -> None:
    views = getattr(CLIENTS[kind](token="AstraCS:signature-test"), group).with_raw_response
    if (group, method) in PAGE_ITERATORS:
        assert not hasattr(views, method)
        return
    raw, bound = getattr(views, method), _bound(kind, group, method)
    assert inspect.signature(raw) == inspect.signature(bound)
    assert (raw.__name__, raw.__doc__) == (bound.__name__, bound.__doc__)
    assert inspect.iscoroutinefunction(raw) == (kind == "async")


def _resource_classes() -> list[type[SyncResource | AsyncResource]]:
    modules = [import_module(f"astra_devops.resources.{path.stem}") for path in RESOURCES.glob("[!_]*.py")]
    return [
        member
        for module in modules
        for member in vars(module).values()
        if isinstance(member, type)
        and issubclass(member, SyncResource | AsyncResource)
        and member.__module__ == module.__name__
    ]


def _public_methods(resource: object) -> dict[str, Any]:
    names = [name for name in dir(type(resource)) if not name.startswith("_") and name != "with_raw_response"]
    return {name: getattr(resource, name) for name in names}


def test_each_raw_response_view_lists_the_methods_that_have_one_answer() -> None:
    """Every public method, except those returning a page iterator (an answer per page, read as you go)."""
    classes, iterators = _resource_classes(), set[tuple[str, str]]()
    assert len(classes) == 44
    for cls in classes:
        client = (AsyncAstraDevOps if issubclass(cls, AsyncResource) else AstraDevOps)(token="AstraCS:views")
        resource = cls(client)  # type: ignore[arg-type]
        methods = _public_methods(resource)
        pages = {name for name, bound in methods.items() if "PageIterator" in str(_returns(bound))}
        iterators |= {(cls.__name__, name) for name in pages}
        assert set(vars(resource.with_raw_response)) == methods.keys() - pages, cls.__name__
        assert resource.with_raw_response is resource.with_raw_response
    assert iterators == {("Databases", "list"), ("AsyncDatabases", "list")}


def _returns(bound: Any) -> object:
    return inspect.signature(bound).return_annotation


def test_endpoint_methods_cover_most_operations() -> None:
    """Most methods are one-line endpoints; most hand-written ones are so because they wait."""
    declared = [o for o in OPERATIONS if isinstance(_declared("sync", o[2], o[3]), endpoint)]
    waiting = [o for o in OPERATIONS if "wait" in inspect.signature(_bound("sync", o[2], o[3])).parameters]
    assert len(declared) >= 80
    assert len(declared) + len(waiting) >= 90


@pytest.mark.parametrize("kind", CLIENTS)
def test_help_shows_the_parameters_the_return_type_and_the_operation(kind: str) -> None:
    text = pydoc.render_doc(_bound(kind, "cdc", "get"), renderer=pydoc.plaintext)
    assert (
        "get(database_id: 'str', *, timeout: 'Timeout' = None, extra_headers: 'Headers | None' = None)"
        in text
    )
    assert "-> astra_devops_api.models.list_cdc_response.ListCDCResponse" in text
    assert "astra_devops_api.api.database_operations.get_cdc" in text
    assert "Cdc" in text and "astra_devops.resources.cdc" in text
