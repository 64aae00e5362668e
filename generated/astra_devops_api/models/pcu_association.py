from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PCUAssociation")
_WIRE_NAMES = frozenset(
    {
        "datacenterUUID",
        "pcuGroupUUID",
        "provisioningStatus",
        "createdAt",
        "updatedAt",
        "createdBy",
        "updatedBy",
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
class PCUAssociation:
    """
    Attributes:
        datacenter_uuid (str | Unset):
        pcu_group_uuid (str | Unset):
        provisioning_status (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        created_by (str | Unset):
        updated_by (str | Unset):
    """

    datacenter_uuid: str | Unset = UNSET
    pcu_group_uuid: str | Unset = UNSET
    provisioning_status: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        datacenter_uuid = self.datacenter_uuid

        pcu_group_uuid = self.pcu_group_uuid

        provisioning_status = self.provisioning_status

        created_at = self.created_at

        updated_at = self.updated_at

        created_by = self.created_by

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if datacenter_uuid is not UNSET:
            field_dict["datacenterUUID"] = datacenter_uuid
        if pcu_group_uuid is not UNSET:
            field_dict["pcuGroupUUID"] = pcu_group_uuid
        if provisioning_status is not UNSET:
            field_dict["provisioningStatus"] = provisioning_status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        pcu_association = cls(
            src_dict.get("datacenterUUID", UNSET),
            src_dict.get("pcuGroupUUID", UNSET),
            src_dict.get("provisioningStatus", UNSET),
            src_dict.get("createdAt", UNSET),
            src_dict.get("updatedAt", UNSET),
            src_dict.get("createdBy", UNSET),
            src_dict.get("updatedBy", UNSET),
        )

        pcu_association._additional_properties = src_dict
        return pcu_association

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
