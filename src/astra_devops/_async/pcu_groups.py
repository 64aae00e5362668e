"""The methods of `client.pcu_groups` (asynchronous)."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Literal, Protocol, overload

from astra_devops_api.models import PCUAssociation, PCUGroup, PCUGroupTypeResponse

from .. import _operations as ops
from .. import _validate, _wait
from .._deadline import Deadline
from .._endpoints import NO_BODY, Step, Waits, many
from .._requests.pcu_groups import PARK_TIMEOUT, get_request, goal, only, status_of
from .._resource import Headers, per_call
from . import _poll
from ._endpoints import async_action, async_endpoint
from ._raw import AsyncPcuGroupsWithRawResponse
from ._resource import AsyncResource


class AsyncParkGroupCall(Protocol):
    @overload
    def __call__(
        self,
        pcu_group_id: str,
        *,
        wait: Literal[True] = True,
        timeout: float = PARK_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Awaitable[PCUGroup]: ...
    @overload
    def __call__(
        self,
        pcu_group_id: str,
        *,
        wait: Literal[False],
        timeout: float = PARK_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Awaitable[None]: ...
    @overload
    def __call__(
        self,
        pcu_group_id: str,
        *,
        wait: bool = True,
        timeout: float = PARK_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> Awaitable[PCUGroup | None]: ...


PCU_GROUP: Waits[AsyncParkGroupCall] = Waits(
    "group", {"pcu_group_id": "The PCU group's id."}, "PCUGroup", True, " (OperationFailedError if it fails)"
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

    @per_call
    async def wait_for_status(
        self,
        pcu_group_id: str,
        status: str,
        *,
        timeout: float = PARK_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> PCUGroup:
        """Poll a PCU group until it reaches `status` (resume a wait from its id in another process).

        Args:
            pcu_group_id: The PCU group's id.
            status: The state to reach, such as ACTIVE or PARKED.
            timeout: Seconds the whole call may take, waiting included; WaitTimeoutError past it.
            poll_interval: Seconds between two status reads; None grows the pause from 1 s to 10 s, 0 never
                sleeps.
            extra_headers: Headers sent with every request this call makes (never Authorization).
        """
        target = _wait.target_status(status)
        group_id = _validate.identifier(pcu_group_id, "pcu_group_id")
        with _wait.waiting(timeout, poll_interval) as deadline:
            return await self._settle(group_id, target, deadline, poll_interval)

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
        group = await _poll.async_follow(
            lambda: self._read(group_id),
            status_of,
            goal(target),
            group_id,
            deadline=deadline,
            poll_interval=poll_interval,
            sleep=self._http._sleep,
        )
        return _wait.present(group, group_id, target)
