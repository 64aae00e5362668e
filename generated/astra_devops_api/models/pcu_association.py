from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PCUAssociation")
_datetime_from_iso = datetime.datetime.fromisoformat
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


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class PCUAssociation(_Sourced):
    """
    Attributes:
        datacenter_uuid (str | Unset):
        pcu_group_uuid (str | Unset):
        provisioning_status (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        created_by (str | Unset):
        updated_by (str | Unset):
    """

    datacenter_uuid: str | Unset = UNSET
    pcu_group_uuid: str | Unset = UNSET
    provisioning_status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """A part `from_dict` left to first use, built from the decoded source and kept in its slot."""
            build = _LAZY.get(name)
            source = getattr(self, "_source", None) if build else None
            if build is None or source is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            value = build(source)
            setattr(self, name, value)
            return value

    def to_dict(self) -> dict[str, Any]:
        datacenter_uuid = self.datacenter_uuid

        pcu_group_uuid = self.pcu_group_uuid

        provisioning_status = self.provisioning_status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        _created_at = src_dict.get("createdAt", UNSET)
        created_at = UNSET if _created_at is UNSET else _datetime_from_iso(_created_at)

        _updated_at = src_dict.get("updatedAt", UNSET)
        updated_at = UNSET if _updated_at is UNSET else _datetime_from_iso(_updated_at)

        pcu_association = object.__new__(cls)
        pcu_association._source = src_dict
        pcu_association.datacenter_uuid = src_dict.get("datacenterUUID", UNSET)
        pcu_association.pcu_group_uuid = src_dict.get("pcuGroupUUID", UNSET)
        pcu_association.provisioning_status = src_dict.get("provisioningStatus", UNSET)
        pcu_association.created_at = created_at
        pcu_association.updated_at = updated_at
        pcu_association.created_by = src_dict.get("createdBy", UNSET)
        pcu_association.updated_by = src_dict.get("updatedBy", UNSET)
        return pcu_association

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
