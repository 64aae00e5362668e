from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.pcu_group_type_response import PCUGroupTypeResponse


T = TypeVar("T", bound="PCUGroup")
_datetime_from_iso = datetime.datetime.fromisoformat
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
class PCUGroup(_Sourced):
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
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
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
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    status: str | Unset = UNSET
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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        pcu_type = UNSET if _pcu_type is UNSET else PCUGroupTypeResponse.from_dict(_pcu_type)

        _created_at = src_dict.get("createdAt", UNSET)
        created_at = UNSET if _created_at is UNSET else _datetime_from_iso(_created_at)

        _updated_at = src_dict.get("updatedAt", UNSET)
        updated_at = UNSET if _updated_at is UNSET else _datetime_from_iso(_updated_at)

        pcu_group = object.__new__(cls)
        pcu_group._source = src_dict
        pcu_group.uuid = src_dict.get("uuid", UNSET)
        pcu_group.org_id = src_dict.get("orgId", UNSET)
        pcu_group.title = src_dict.get("title", UNSET)
        pcu_group.cloud_provider = src_dict.get("cloudProvider", UNSET)
        pcu_group.region = src_dict.get("region", UNSET)
        pcu_group.instance_type = src_dict.get("instanceType", UNSET)
        pcu_group.pcu_type = pcu_type
        pcu_group.provision_type = src_dict.get("provisionType", UNSET)
        pcu_group.min_ = src_dict.get("min", UNSET)
        pcu_group.max_ = src_dict.get("max", UNSET)
        pcu_group.reserved = src_dict.get("reserved", UNSET)
        pcu_group.description = src_dict.get("description", UNSET)
        pcu_group.created_at = created_at
        pcu_group.updated_at = updated_at
        pcu_group.created_by = src_dict.get("createdBy", UNSET)
        pcu_group.updated_by = src_dict.get("updatedBy", UNSET)
        pcu_group.status = src_dict.get("status", UNSET)
        return pcu_group

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
