"""One type per kind of value in what the client returns (issue 31): every id is a `str`, and every
timestamp the seeds show in RFC 3339 is a `datetime`.

The seed answers (evidence/seed-answers.json) go through the resource method of their operation,
as in tests/pipeline/test_seed_answers_python.py, and every declared field of what comes back is
walked: no `uuid.UUID`, and no string holding an RFC 3339 timestamp (with its offset), which would
mean the contract left a timestamp a plain string.
"""

from __future__ import annotations

import datetime
import inspect
import re
import typing
import uuid
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from astra_devops_api import models

from astra_devops import AstraDevOps

from ..pipeline.test_seed_answers_python import CALLS, SUCCESSES, SeedAnswer, read_answer

RFC_3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
MODELS = [cls for _, cls in inspect.getmembers(models, inspect.isclass) if attrs.has(cls)]


def _fields(value: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every declared field value under `value` (undeclared keys, kept as they came, are not typed)."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _fields(item, f"{where}[{index}]")
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                found = getattr(value, field.name)
                yield f"{where}.{field.name}", found
                yield from _fields(found, f"{where}.{field.name}")


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_no_model_types_an_id_as_uuid(model: type) -> None:
    hints = typing.get_type_hints(model)
    assert not [name for name, hint in hints.items() if "UUID" in str(hint)]


def test_the_ids_of_an_access_list_and_its_database_compare_equal() -> None:
    acl = models.AccessListResponse.from_dict({"databaseId": "0b3a4f2e-1111-4222-8333-444455556666"})
    db = models.Database.from_dict(
        {"id": "0b3a4f2e-1111-4222-8333-444455556666", "orgId": "o", "ownerId": "u", "info": {"name": "n"}}
        | {"status": "ACTIVE"}
    )
    assert acl.database_id == db.id


@pytest.mark.parametrize(
    ("model", "name"),
    [
        (models.Database, "creation_time"),
        (models.Database, "termination_time"),
        (models.PCUGroup, "created_at"),
        (models.PCUGroup, "updated_at"),
        (models.PCUAssociation, "created_at"),
        (models.ClientRole, "generated_on"),
        (models.AddressResponse, "last_update_date_time"),
    ],
)
def test_timestamps_are_datetimes(model: type, name: str) -> None:
    assert "datetime.datetime" in str(typing.get_type_hints(model)[name])


@pytest.mark.parametrize("answer", SUCCESSES, ids=lambda answer: answer.label)
def test_a_seed_answer_holds_no_uuid_and_no_timestamp_as_text(answer: SeedAnswer) -> None:
    body = read_answer(answer)
    transport = httpx.MockTransport(lambda request: httpx.Response(int(answer.status), json=body))
    client = AstraDevOps(
        token="AstraCS:t",
        base_url="https://api.astra.datastax.com",
        http_client=httpx.Client(transport=transport),
    )
    result = CALLS[(answer.method, answer.path)](client)
    found = list(_fields(list(result) if hasattr(result, "pages") else result, "answer"))
    assert not [where for where, value in found if isinstance(value, uuid.UUID)]
    assert not [where for where, value in found if isinstance(value, str) and RFC_3339.fullmatch(value)]
    if any(isinstance(value, datetime.datetime) for _, value in found):
        assert all(value.tzinfo is not None for _, value in found if isinstance(value, datetime.datetime))
