"""Nested models built on first use (the model template; issue 15). `Database.from_dict` leaves `info`
and `storage` to first read once their values are JSON objects with their required keys, since a
build can no longer fail then. A model read that way is the model an eager build gives: equal,
shown, serialized, copied and pickled alike. A value that could fail still fails while the answer
is parsed, as a typed error."""

import copy
import pickle
import threading
from typing import Any

import attrs
import httpx
import pytest
from astra_devops_api.types import UNSET
from hypothesis import given
from hypothesis import strategies as st

from astra_devops._parsing import parse_model, parse_models
from astra_devops.errors import APIResponseValidationError
from astra_devops.models import Database, DatabaseInfo, Storage

RESPONSE = httpx.Response(200, request=httpx.Request("GET", "http://127.0.0.1/v2/databases"))
INFO = {"name": "db", "region": "us-east1", "tier": "serverless"}
STORAGE = {"nodeCount": 3, "replicationFactor": 3, "totalStorage": 20}


def _wire(**changes: Any) -> dict[str, Any]:
    database = {"id": "db-1", "orgId": "o", "ownerId": "u", "info": INFO, "status": "ACTIVE"}
    return {**database, "storage": STORAGE, **changes}


def _eager(wire: dict[str, Any]) -> Database:
    """The same database built in code, every part at once."""
    storage = Storage.from_dict(wire["storage"]) if "storage" in wire else UNSET
    return Database(
        id=wire["id"],
        org_id=wire["orgId"],
        owner_id=wire["ownerId"],
        info=DatabaseInfo.from_dict(wire["info"]),
        status=wire["status"],
        storage=storage,
    )


def _slot_is_empty(model: object, name: str) -> bool:
    try:
        getattr(type(model), name).__get__(model, type(model))
    except AttributeError:
        return True
    return False


def test_the_nested_parts_wait_for_first_use_and_are_built_once() -> None:
    database = Database.from_dict(_wire())
    assert _slot_is_empty(database, "info") and _slot_is_empty(database, "storage")
    info = database.info
    assert info == DatabaseInfo.from_dict(INFO) and database.info is info
    assert not _slot_is_empty(database, "info") and _slot_is_empty(database, "storage")
    assert database.storage.total_storage == 20 and database.storage is database.storage


def test_a_lazy_model_is_the_eager_one_in_every_view() -> None:
    wire = _wire()
    assert Database.from_dict(wire) == _eager(wire)
    assert repr(Database.from_dict(wire)) == repr(_eager(wire))
    assert Database.from_dict(wire).to_dict() == _eager(wire).to_dict() == wire
    lazy = Database.from_dict(wire)
    assert attrs.evolve(lazy, status="STOPPED") == attrs.evolve(_eager(wire), status="STOPPED")
    assert copy.deepcopy(Database.from_dict(wire)) == _eager(wire)
    assert pickle.loads(pickle.dumps(Database.from_dict(wire))) == _eager(wire)


def test_a_part_set_before_first_use_wins() -> None:
    database = Database.from_dict(_wire())
    database.info = DatabaseInfo(name="renamed")
    assert database.info.name == "renamed" and database.to_dict()["info"] == {"name": "renamed"}


def test_a_missing_storage_is_unset_at_once() -> None:
    wire = _wire()
    del wire["storage"]
    database = Database.from_dict(wire)
    assert not _slot_is_empty(database, "storage") and database.storage is UNSET


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"info": {"region": "us-east1"}}, "'name'"),
        ({"info": None}, "NoneType"),
        ({"info": ["db"]}, "list"),
        ({"info": "db"}, "str"),
        ({"storage": {"nodeCount": 3, "replicationFactor": 3}}, "'totalStorage'"),
        ({"storage": 20}, "int"),
    ],
)
def test_a_nested_value_that_cannot_be_built_fails_while_parsing(changes: dict[str, Any], named: str) -> None:
    for parse in (
        lambda: parse_model(Database, _wire(**changes), RESPONSE),
        lambda: parse_models(Database, [_wire()] * 60 + [_wire(**changes)], RESPONSE),
    ):
        with pytest.raises(APIResponseValidationError, match="cannot read Database") as caught:
            parse()
        assert named in str(caught.value)


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    database = Database.from_dict(_wire())
    assert not hasattr(database, "infos")
    with pytest.raises(AttributeError, match="'Database' object has no attribute 'infos'"):
        database.infos  # noqa: B018
    made = _eager(_wire())
    del made.info
    with pytest.raises(AttributeError, match="no attribute 'info'"):
        made.info  # noqa: B018


def test_threads_reading_the_same_part_all_see_an_equal_model() -> None:
    database = Database.from_dict(_wire())
    seen: list[DatabaseInfo] = []
    threads = [threading.Thread(target=lambda: seen.append(database.info)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(seen) == 8 and all(info == DatabaseInfo.from_dict(INFO) for info in seen)


_text = st.text(max_size=8)
_infos = st.fixed_dictionaries(
    {"name": _text},
    optional={
        "region": _text,
        "capacityUnits": st.integers(),
        "additionalKeyspaces": st.lists(_text, max_size=3),
        "vectorLimit": st.integers(),
    },
)
_storages = st.fixed_dictionaries(
    {"nodeCount": st.integers(), "replicationFactor": st.integers(), "totalStorage": st.integers()},
    optional={"usedStorage": st.integers(), "rack": _text},
)


@given(
    info=_infos,
    storage=st.none() | _storages,
    extra=st.dictionaries(st.sampled_from(["newField", "zone"]), _text),
)
def test_any_answer_reads_back_as_it_came_whichever_part_is_read_first(
    info: dict[str, Any], storage: dict[str, Any] | None, extra: dict[str, Any]
) -> None:
    wire = _wire(info=info, **extra)
    if storage is None:
        del wire["storage"]
    else:
        wire["storage"] = storage
    first = Database.from_dict(wire)
    first.additional_properties  # noqa: B018
    assert first.to_dict() == wire == Database.from_dict(wire).to_dict()
    assert Database.from_dict(wire) == first
