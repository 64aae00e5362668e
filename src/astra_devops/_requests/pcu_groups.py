"""Request builders, checks and parsers of `client.pcu_groups`: no I/O, so both clients share them."""

from __future__ import annotations

from astra_devops_api.models import PCUGroup

from .. import _operations as ops
from .. import _statuses, _wait

KIND = "PCU group"
PARK_TIMEOUT = 1800


def goal(target: str) -> _wait.Goal:
    return _wait.Goal(target, _statuses.ended_badly(KIND, target), KIND)


def get_request(group_id: str) -> dict[str, object]:
    from astra_devops_api.models import PCUGroupGetRequest

    return ops.pcu_get(body=PCUGroupGetRequest(pcu_group_uui_ds=[group_id])).request()


def only(groups: list[PCUGroup], group_id: str) -> PCUGroup | None:
    """The group of that id in an answer, None when the answer does not have it."""
    return next((group for group in groups if group.uuid == group_id), None)


def status_of(group: PCUGroup | None) -> str | None:
    return None if group is None else _wait.reported(group.status)
