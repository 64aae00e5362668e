# Generated from _async/pcu_groups.py by tools/unasync.py (make unasync): do not edit.
"""The methods of `client.pcu_groups`."""

from __future__ import annotations

from typing import Protocol, Unpack, overload

from astra_devops_api.models import PCUAssociation, PCUGroup, PCUGroupTypeResponse

from .. import _operations as ops
from .. import _wait
from .._deadline import Deadline
from .._endpoints import NO_BODY, Polling, Step, Unwaited, Waited, Waiting, Waits, many
from .._requests.pcu_groups import PARK_TIMEOUT, get_request, goal, only, status_of
from ._endpoints import action, endpoint, poll
from ._raw import PcuGroupsWithRawResponse
from ._resource import SyncResource


class ParkGroupCall(Protocol):
    @overload
    def __call__(self, pcu_group_id: str, **options: Unpack[Waited]) -> PCUGroup: ...
    @overload
    def __call__(self, pcu_group_id: str, **options: Unpack[Unwaited]) -> None: ...
    @overload
    def __call__(self, pcu_group_id: str, **options: Unpack[Waiting]) -> PCUGroup | None: ...


class GroupStatusCall(Protocol):
    def __call__(self, pcu_group_id: str, status: str, **options: Unpack[Polling]) -> PCUGroup: ...


PCU_GROUP: Waits[ParkGroupCall] = Waits(
    "group", {"pcu_group_id": "The PCU group's id."}, "PCUGroup", True, " (OperationFailedError if it fails)"
)
PCU_STATUS: Waits[GroupStatusCall] = Waits(
    "group",
    PCU_GROUP.ids,
    "PCUGroup",
    arguments={"status": ("str", "The state to reach, such as ACTIVE or PARKED.")},
)


class PcuGroups(SyncResource[PcuGroupsWithRawResponse]):
    """Provisioned capacity unit (PCU) groups and their datacenters."""

    list = endpoint(ops.pcu_get, many(PCUGroup))
    types = endpoint(ops.pcu_get_types, many(PCUGroupTypeResponse))
    get_for_datacenter = endpoint(ops.pcu_group_get_by_datacenter_uuid, many(PCUGroup))
    create = endpoint(ops.pcu_create, many(PCUGroup))
    update = endpoint(ops.pcu_update, NO_BODY)
    delete = endpoint(ops.pcu_delete, NO_BODY)
    associations = endpoint(ops.pcu_association_get, many(PCUAssociation))
    associate = endpoint(ops.pcu_association_create, NO_BODY)
    dissociate = endpoint(ops.pcu_association_delete, NO_BODY)
    transfer = endpoint(ops.pcu_association_transfer, NO_BODY)

    park = action(PCU_GROUP, ops.pcu_group_park, "Park a PCU group", "PARKED", PARK_TIMEOUT)
    unpark = action(PCU_GROUP, ops.pcu_group_unpark, "Unpark a PCU group", "ACTIVE", PARK_TIMEOUT)

    wait_for_status = poll(PCU_STATUS, "Poll a PCU group", PARK_TIMEOUT)

    def _read(self, group_id: str) -> PCUGroup | None:
        return only(many(PCUGroup).read(self._send(get_request(group_id))), group_id)

    def _action(self, step: Step) -> PCUGroup | None:
        _wait.check_wait(step.timeout, step.poll_interval)
        request = step.call.request()
        if not step.wait:
            self._send(request)
            return None
        with _wait.waiting(step.timeout, step.poll_interval) as deadline:
            self._send(request)
            return self._settle(step.ids[0], step.goal, deadline, step.poll_interval)

    def _settle(
        self, group_id: str, target: str, deadline: Deadline, poll_interval: float | None
    ) -> PCUGroup:
        found = self._reach(
            goal(target), group_id, lambda: self._read(group_id), status_of, deadline, poll_interval
        )
        return _wait.present(found, group_id, target)
