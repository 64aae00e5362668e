"""`client.pcu_groups`: provisioned capacity unit (PCU) groups and their datacenters.

Each one-line method takes the generated operation's arguments (see `help()` on it) and returns
its generated model; bodies are the generated request models. Park and unpark wait, by default,
until the group is PARKED or ACTIVE again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from astra_devops_api.models import PCUAssociation, PCUGroup, PCUGroupTypeResponse

from .. import _operations as ops
from .. import _validate, _wait
from .._deadline import Deadline
from .._endpoints import NO_BODY, Call, async_endpoint, endpoint, many
from .._resource import AsyncResource, Headers, SyncResource, async_raw_response, per_call, raw_response

KIND = "PCU group"
PARK_TIMEOUT = 1800


def goal(target: str) -> _wait.Goal:
    return _wait.Goal(target, frozenset({"ERROR", "FAILED", "TERMINATING", "TERMINATED"}), KIND)


def get_request(group_id: str) -> dict[str, object]:
    from astra_devops_api.models import PCUGroupGetRequest

    return ops.pcu_get(body=PCUGroupGetRequest(pcu_group_uui_ds=[group_id])).request()


def only(groups: list[PCUGroup], group_id: str) -> PCUGroup | None:
    """The group of that id in an answer, None when the answer does not have it."""
    return next((group for group in groups if group.uuid == group_id), None)


def status_of(group: PCUGroup | None) -> str | None:
    return None if group is None else _wait.reported(group.status)


class PcuGroups(SyncResource):
    """Provisioned capacity unit (PCU) groups and their datacenters."""

    @cached_property
    def with_raw_response(self) -> PcuGroupsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return PcuGroupsWithRawResponse(self)

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

    @per_call
    def park(
        self,
        pcu_group_id: str,
        *,
        wait: bool = True,
        timeout: float = PARK_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> PCUGroup | None:
        """Park a PCU group; with `wait`, return it once PARKED (OperationFailedError if it fails)."""
        return self._move(ops.pcu_group_park, pcu_group_id, "PARKED", wait, timeout, poll_interval)

    @per_call
    def unpark(
        self,
        pcu_group_id: str,
        *,
        wait: bool = True,
        timeout: float = PARK_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> PCUGroup | None:
        """Unpark a PCU group; with `wait`, return it once ACTIVE (OperationFailedError if it fails)."""
        return self._move(ops.pcu_group_unpark, pcu_group_id, "ACTIVE", wait, timeout, poll_interval)

    @per_call
    def wait_for_status(
        self,
        pcu_group_id: str,
        status: str,
        *,
        timeout: float = PARK_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> PCUGroup:
        """Poll a PCU group until it reaches `status` (resume a wait from its id in another process)."""
        target = _wait.target_status(status)
        group_id = _validate.identifier(pcu_group_id, "pcu_group_id")
        with _wait.waiting(timeout, poll_interval) as deadline:
            return self._settle(group_id, target, deadline, poll_interval)

    def _read(self, group_id: str) -> PCUGroup | None:
        return only(many(PCUGroup).read(self._send(get_request(group_id))), group_id)

    def _move(
        self,
        build: Callable[[str], Call],
        pcu_group_id: str,
        target: str,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
    ) -> PCUGroup | None:
        group_id = _validate.identifier(pcu_group_id, "pcu_group_id")
        request = build(group_id).request()
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            self._send(request)
            return None
        with _wait.waiting(timeout, poll_interval) as deadline:
            self._send(request)
            return self._settle(group_id, target, deadline, poll_interval)

    def _settle(
        self, group_id: str, target: str, deadline: Deadline, poll_interval: float | None
    ) -> PCUGroup:
        group = _wait.follow(
            lambda: self._read(group_id),
            status_of,
            goal(target),
            group_id,
            deadline=deadline,
            poll_interval=poll_interval,
        )
        return _wait.present(group, group_id, target)


class AsyncPcuGroups(AsyncResource):
    """Provisioned capacity unit (PCU) groups and their datacenters (asynchronous)."""

    @cached_property
    def with_raw_response(self) -> AsyncPcuGroupsWithRawResponse:
        """The same methods, answering an APIResponse (status, headers, and `parse()` for the result)."""
        return AsyncPcuGroupsWithRawResponse(self)

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

    @per_call
    async def park(
        self,
        pcu_group_id: str,
        *,
        wait: bool = True,
        timeout: float = PARK_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> PCUGroup | None:
        """Park a PCU group; with `wait`, return it once PARKED (OperationFailedError if it fails)."""
        return await self._move(ops.pcu_group_park, pcu_group_id, "PARKED", wait, timeout, poll_interval)

    @per_call
    async def unpark(
        self,
        pcu_group_id: str,
        *,
        wait: bool = True,
        timeout: float = PARK_TIMEOUT,
        poll_interval: float | None = None,
        extra_headers: Headers | None = None,
    ) -> PCUGroup | None:
        """Unpark a PCU group; with `wait`, return it once ACTIVE (OperationFailedError if it fails)."""
        return await self._move(ops.pcu_group_unpark, pcu_group_id, "ACTIVE", wait, timeout, poll_interval)

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
        """Poll a PCU group until it reaches `status` (resume a wait from its id in another process)."""
        target = _wait.target_status(status)
        group_id = _validate.identifier(pcu_group_id, "pcu_group_id")
        with _wait.waiting(timeout, poll_interval) as deadline:
            return await self._settle(group_id, target, deadline, poll_interval)

    async def _read(self, group_id: str) -> PCUGroup | None:
        return only(many(PCUGroup).read(await self._send(get_request(group_id))), group_id)

    async def _move(
        self,
        build: Callable[[str], Call],
        pcu_group_id: str,
        target: str,
        wait: bool,
        timeout: float,
        poll_interval: float | None,
    ) -> PCUGroup | None:
        group_id = _validate.identifier(pcu_group_id, "pcu_group_id")
        request = build(group_id).request()
        _wait.check_wait(timeout, poll_interval)
        if not wait:
            await self._send(request)
            return None
        with _wait.waiting(timeout, poll_interval) as deadline:
            await self._send(request)
            return await self._settle(group_id, target, deadline, poll_interval)

    async def _settle(
        self, group_id: str, target: str, deadline: Deadline, poll_interval: float | None
    ) -> PCUGroup:
        group = await _wait.async_follow(
            lambda: self._read(group_id),
            status_of,
            goal(target),
            group_id,
            deadline=deadline,
            poll_interval=poll_interval,
        )
        return _wait.present(group, group_id, target)


class PcuGroupsWithRawResponse:
    """`client.pcu_groups.with_raw_response`: the methods, answering APIResponses."""

    def __init__(self, pcu_groups: PcuGroups) -> None:
        self.list = raw_response(pcu_groups.list)
        self.types = raw_response(pcu_groups.types)
        self.get_for_datacenter = raw_response(pcu_groups.get_for_datacenter)
        self.create = raw_response(pcu_groups.create)
        self.update = raw_response(pcu_groups.update)
        self.delete = raw_response(pcu_groups.delete)
        self.associations = raw_response(pcu_groups.associations)
        self.associate = raw_response(pcu_groups.associate)
        self.dissociate = raw_response(pcu_groups.dissociate)
        self.transfer = raw_response(pcu_groups.transfer)
        self.park = raw_response(pcu_groups.park)
        self.unpark = raw_response(pcu_groups.unpark)
        self.wait_for_status = raw_response(pcu_groups.wait_for_status)


class AsyncPcuGroupsWithRawResponse:
    """`client.pcu_groups.with_raw_response`: the methods, answering APIResponses (asynchronous)."""

    def __init__(self, pcu_groups: AsyncPcuGroups) -> None:
        self.list = async_raw_response(pcu_groups.list)
        self.types = async_raw_response(pcu_groups.types)
        self.get_for_datacenter = async_raw_response(pcu_groups.get_for_datacenter)
        self.create = async_raw_response(pcu_groups.create)
        self.update = async_raw_response(pcu_groups.update)
        self.delete = async_raw_response(pcu_groups.delete)
        self.associations = async_raw_response(pcu_groups.associations)
        self.associate = async_raw_response(pcu_groups.associate)
        self.dissociate = async_raw_response(pcu_groups.dissociate)
        self.transfer = async_raw_response(pcu_groups.transfer)
        self.park = async_raw_response(pcu_groups.park)
        self.unpark = async_raw_response(pcu_groups.unpark)
        self.wait_for_status = async_raw_response(pcu_groups.wait_for_status)
