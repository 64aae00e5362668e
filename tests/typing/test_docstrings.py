"""Every public method, hand-written or declared with `endpoint()`, sync and async, documents each of
its parameters in a Google-style `Args:` section, read as the reference reads it (griffe, the parser
of mkdocstrings), with no parsing warning about the text."""

from __future__ import annotations

import inspect
import logging
from typing import Any

import pytest
from griffe import Docstring, DocstringSectionKind

from astra_devops import AstraDevOps, AsyncAstraDevOps
from astra_devops._async._resource import AsyncResource
from astra_devops._sync._resource import SyncResource


def _methods() -> list[tuple[str, Any]]:
    found = []
    for client in (AstraDevOps, AsyncAstraDevOps):
        instance = client(token="AstraCS:docstrings")
        for group in dir(instance):
            resource = getattr(instance, group)
            if not isinstance(resource, SyncResource | AsyncResource):
                continue
            for name in dir(resource):
                method = getattr(resource, name)
                if not name.startswith("_") and name != "with_raw_response" and callable(method):
                    found.append((f"{client.__name__}.{group}.{name}", method))
    return found


METHODS = _methods()


def test_every_resource_method_is_found() -> None:
    assert len(METHODS) > 2 * 128


@pytest.mark.parametrize(("name", "method"), METHODS, ids=[name for name, _ in METHODS])
def test_every_parameter_is_described(name: str, method: Any, caplog: pytest.LogCaptureFixture) -> None:
    text = inspect.getdoc(method)
    assert text, name
    parameters = [p for p in inspect.signature(method).parameters if p != "self"]
    with caplog.at_level(logging.WARNING):
        sections = Docstring(text, parser="google").parsed
    # Parsed without its function, griffe cannot see the annotations: that warning is not the text's.
    warnings = [record.getMessage() for record in caplog.records]
    assert [text for text in warnings if "No type or annotation" not in text] == []
    described = [
        item.name
        for section in sections
        if section.kind is DocstringSectionKind.parameters
        for item in section.value
    ]
    assert described == parameters
    assert all(
        item.description.strip()
        for section in sections
        if section.kind is DocstringSectionKind.parameters
        for item in section.value
    )
