from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pcu_group_type_response import PCUGroupTypeResponse


T = TypeVar("T", bound="PCUGroup")
_WIRE_NAMES = frozenset(
    {
        "uuid",
        "orgId",
        "title",
        "cloudProvider",
        "region",
        "instanceType",
        "pcuType",
        "provisionType",
        "min",
        "max",
        "reserved",
        "description",
        "createdAt",
        "updatedAt",
        "createdBy",
        "updatedBy",
        "status",
    }
)


def _extras(state: Any) -> dict[str, Any]:
    """The additional properties a model holds, from its state: None (none yet), a 1-item list
    holding their dict, or, for a model built by `from_dict`, its decoded source, whose unknown keys
    are read on first use."""
    if state is None:
        return {}
    if type(state) is list:
        extras: dict[str, Any] = state[0]
        return extras
    if _WIRE_NAMES.issuperset(state):
        return {}
    return {key: value for key, value in state.items() if key not in _WIRE_NAMES}


def _shown(state: Any) -> str:
    return repr(_extras(state))


@_attrs_define
class PCUGroup:
    """
    Attributes:
        uuid (str | Unset):
        org_id (str | Unset):
        title (str | Unset):
        cloud_provider (str | Unset):
        region (str | Unset):
        instance_type (str | Unset):
        pcu_type (PCUGroupTypeResponse | Unset):
        provision_type (str | Unset):
        min_ (int | Unset):
        max_ (int | Unset):
        reserved (int | Unset):
        description (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        created_by (str | Unset):
        updated_by (str | Unset):
        status (str | Unset):
    """

    uuid: str | Unset = UNSET
    org_id: str | Unset = UNSET
    title: str | Unset = UNSET
    cloud_provider: str | Unset = UNSET
    region: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    pcu_type: PCUGroupTypeResponse | Unset = UNSET
    provision_type: str | Unset = UNSET
    min_: int | Unset = UNSET
    max_: int | Unset = UNSET
    reserved: int | Unset = UNSET
    description: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    status: str | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        org_id = self.org_id

        title = self.title

        cloud_provider = self.cloud_provider

        region = self.region

        instance_type = self.instance_type

        pcu_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pcu_type, Unset):
            pcu_type = self.pcu_type.to_dict()

        provision_type = self.provision_type

        min_ = self.min_

        max_ = self.max_

        reserved = self.reserved

        description = self.description

        created_at = self.created_at

        updated_at = self.updated_at

        created_by = self.created_by

        updated_by = self.updated_by

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if title is not UNSET:
            field_dict["title"] = title
        if cloud_provider is not UNSET:
            field_dict["cloudProvider"] = cloud_provider
        if region is not UNSET:
            field_dict["region"] = region
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if pcu_type is not UNSET:
            field_dict["pcuType"] = pcu_type
        if provision_type is not UNSET:
            field_dict["provisionType"] = provision_type
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _pcu_type = src_dict.get("pcuType", UNSET)
        pcu_type: PCUGroupTypeResponse | Unset
        if isinstance(_pcu_type, Unset):
            pcu_type = UNSET
        else:
            pcu_type = PCUGroupTypeResponse.from_dict(_pcu_type)

        pcu_group = cls(
            src_dict.get("uuid", UNSET),
            src_dict.get("orgId", UNSET),
            src_dict.get("title", UNSET),
            src_dict.get("cloudProvider", UNSET),
            src_dict.get("region", UNSET),
            src_dict.get("instanceType", UNSET),
            pcu_type,
            src_dict.get("provisionType", UNSET),
            src_dict.get("min", UNSET),
            src_dict.get("max", UNSET),
            src_dict.get("reserved", UNSET),
            src_dict.get("description", UNSET),
            src_dict.get("createdAt", UNSET),
            src_dict.get("updatedAt", UNSET),
            src_dict.get("createdBy", UNSET),
            src_dict.get("updatedBy", UNSET),
            src_dict.get("status", UNSET),
        )

        pcu_group._additional_properties = src_dict
        return pcu_group

    @property
    def additional_properties(self) -> dict[str, Any]:
        state = self._additional_properties
        if type(state) is list:
            extras: dict[str, Any] = state[0]
            return extras
        extras = _extras(state)
        self._additional_properties = [extras]
        return extras

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = [value]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class, rather than on every call: models may refer to each other in cycles.
from ..models.pcu_group_type_response import PCUGroupTypeResponse
