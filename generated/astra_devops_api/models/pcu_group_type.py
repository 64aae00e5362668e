from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pcu_group_type_details import PCUGroupTypeDetails


T = TypeVar("T", bound="PCUGroupType")
_WIRE_NAMES = frozenset(
    {
        "type",
        "details",
    }
)


@_attrs_define
class PCUGroupType:
    """
    Attributes:
        type_ (str | Unset):
        details (PCUGroupTypeDetails | Unset):
    """

    type_: str | Unset = UNSET
    details: PCUGroupTypeDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _details = src_dict.get("details", UNSET)
        details: PCUGroupTypeDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = PCUGroupTypeDetails.from_dict(_details)

        pcu_group_type = cls(
            src_dict.get("type", UNSET),
            details,
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            pcu_group_type.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return pcu_group_type

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
from ..models.pcu_group_type_details import PCUGroupTypeDetails
