"""The methods of `client.pcu_groups` (asynchronous)."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Protocol, Unpack, overload

from astra_devops_api.models import PCUAssociation, PCUGroup, PCUGroupTypeResponse

from .. import _operations as ops
from .. import _wait
from .._deadline import Deadline
from .._endpoints import NO_BODY, Polling, Step, Unwaited, Waited, Waiting, Waits, many
from .._requests.pcu_groups import PARK_TIMEOUT, get_request, goal, only, status_of
from ._endpoints import async_action, async_endpoint, async_poll
from ._raw import AsyncPcuGroupsWithRawResponse
from ._resource import AsyncResource


class AsyncParkGroupCall(Protocol):
    @overload
    def __call__(self, pcu_group_id: str, **options: Unpack[Waited]) -> Awaitable[PCUGroup]: ...
    @overload
    def __call__(self, pcu_group_id: str, **options: Unpack[Unwaited]) -> Awaitable[None]: ...
    @overload
    def __call__(self, pcu_group_id: str, **options: Unpack[Waiting]) -> Awaitable[PCUGroup | None]: ...


class AsyncGroupStatusCall(Protocol):
    def __call__(self, pcu_group_id: str, status: str, **options: Unpack[Polling]) -> Awaitable[PCUGroup]: ...


PCU_GROUP: Waits[AsyncParkGroupCall] = Waits(
    "group", {"pcu_group_id": "The PCU group's id."}, "PCUGroup", True, " (OperationFailedError if it fails)"
)
PCU_STATUS: Waits[AsyncGroupStatusCall] = Waits(
    "group",
    PCU_GROUP.ids,
    "PCUGroup",
    arguments={"status": ("str", "The state to reach, such as ACTIVE or PARKED.")},
)


class AsyncPcuGroups(AsyncResource[AsyncPcuGroupsWithRawResponse]):
    """Provisioned capacity unit (PCU) groups and their datacenters (asynchronous)."""

    list = async_endpoint(ops.pcu_get, many(PCUGroup))
    types = async_endpoint(ops.pcu_get_types, many(PCUGroupTypeResponse))
    get_for_datacenter = async_endpoint(ops.pcu_group_get_by_datacenter_uuid, many(PCUGroup))
    create = async_endpoint(ops.pcu_create, many(PCUGroup))
    update = async_endpoint(ops.pcu_update, NO_BODY)
    delete = async_endpoint(ops.pcu_delete, NO_BODY)
    associations = async_endpoint(ops.pcu_association_get, many(PCUAssociation))
    associate = async_endpoint(ops.pcu_association_create, NO_BODY)
    dissociate = async_endpoint(ops.pcu_association_delete, NO_BODY)
    transfer = async_endpoint(ops.pcu_association_transfer, NO_BODY)

    park = async_action(PCU_GROUP, ops.pcu_group_park, "Park a PCU group", "PARKED", PARK_TIMEOUT)
    unpark = async_action(PCU_GROUP, ops.pcu_group_unpark, "Unpark a PCU group", "ACTIVE", PARK_TIMEOUT)

    wait_for_status = async_poll(PCU_STATUS, "Poll a PCU group", PARK_TIMEOUT)

    async def _read(self, group_id: str) -> PCUGroup | None:
        return only(many(PCUGroup).read(await self._send(get_request(group_id))), group_id)

    async def _action(self, step: Step) -> PCUGroup | None:
        _wait.check_wait(step.timeout, step.poll_interval)
        request = step.call.request()
        if not step.wait:
            await self._send(request)
            return None
        with _wait.waiting(step.timeout, step.poll_interval) as deadline:
            await self._send(request)
            return await self._settle(step.ids[0], step.goal, deadline, step.poll_interval)

    async def _settle(
        self, group_id: str, target: str, deadline: Deadline, poll_interval: float | None
    ) -> PCUGroup:
        found = await self._reach(
            goal(target), group_id, lambda: self._read(group_id), status_of, deadline, poll_interval
        )
        return _wait.present(found, group_id, target)
