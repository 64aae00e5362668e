"""Unknown keys of an answer (`additional_properties`): kept, compared, shown, pickled and changed as
before, though a model built by `from_dict` reads them from its decoded source only on first use
(the model template; issue 15: that bookkeeping was a third of building a database)."""

import copy
import pickle
from typing import Any

import pytest
from astra_devops_api.models.storage import Storage
from astra_devops_api.types import UNSET

from astra_devops.models import Database

STORAGE = {"nodeCount": 3, "replicationFactor": 3, "totalStorage": 20}


def _database(**extra: Any) -> dict[str, Any]:
    info = {"name": "db", "region": "us-east1", **extra.pop("info", {})}
    return {"id": "db-1", "orgId": "o", "ownerId": "u", "info": info, "status": "ACTIVE", **extra}


def test_unknown_keys_are_read_and_known_ones_are_not() -> None:
    database = Database.from_dict(_database(newField=[1, 2], info={"vectorLimit": 5}))
    assert database.additional_properties == {"newField": [1, 2]}
    assert database.info.additional_properties == {"vectorLimit": 5}
    assert database.additional_keys == ["newField"] and database["newField"] == [1, 2]
    assert "status" not in database and Database.from_dict(_database()).additional_properties == {}


def test_equality_and_repr_see_the_unknown_keys_before_and_after_first_use() -> None:
    plain, extra = Database.from_dict(_database()), Database.from_dict(_database(newField=1))
    assert plain != extra
    assert plain == Database.from_dict(_database())
    assert "{'newField': 1}" in repr(extra)
    assert extra == Database.from_dict(_database(newField=1))
    assert extra.additional_properties == {"newField": 1}
    assert extra == Database.from_dict(_database(newField=1))


def test_a_model_made_in_code_starts_with_none_and_takes_them() -> None:
    made = Storage(node_count=3, replication_factor=3, total_storage=20)
    assert made.additional_properties == {}
    assert made == Storage.from_dict(STORAGE)
    made["zone"] = "a"
    assert made.additional_properties == {"zone": "a"} and made != Storage.from_dict(STORAGE)
    assert made == Storage.from_dict({**STORAGE, "zone": "a"})
    made.additional_properties = {}
    assert made == Storage.from_dict(STORAGE)


def test_changes_stay_and_the_source_is_never_written() -> None:
    source = {**STORAGE, "zone": "a"}
    storage = Storage.from_dict(source)
    storage["zone"] = "b"
    del storage["zone"]
    storage["rack"] = 1
    assert storage.additional_properties == {"rack": 1} and storage.to_dict() == {**STORAGE, "rack": 1}
    assert source == {**STORAGE, "zone": "a"}


@pytest.mark.parametrize(
    "copied",
    [
        pickle.loads(pickle.dumps(Storage.from_dict({**STORAGE, "zone": "a"}))),
        copy.deepcopy(Storage.from_dict({**STORAGE, "zone": "a"})),
    ],
)
def test_copies_and_pickles_keep_them(copied: Storage) -> None:
    assert copied.additional_properties == {"zone": "a"}
    assert (copied.node_count, copied.total_storage) == (3, 20)


@pytest.mark.parametrize(
    "copier", [copy.copy, copy.deepcopy, lambda model: pickle.loads(pickle.dumps(model))]
)
def test_a_copy_still_tells_an_unset_field_from_a_set_one(copier: Any) -> None:
    """UNSET copies and pickles as itself (types template): a copy of a fresh UNSET would be a set value."""
    storage = Storage.from_dict(STORAGE)
    assert copier(storage).to_dict() == STORAGE and copier(UNSET) is UNSET
