from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pcu_group_type import PCUGroupType


T = TypeVar("T", bound="ServerlessRegion")
_WIRE_NAMES = frozenset(
    {
        "cloudProvider",
        "name",
        "displayName",
        "zone",
        "classification",
        "enabled",
        "reservedForQualifiedUsers",
        "region_type",
        "pcu_types",
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
class ServerlessRegion:
    """
    Attributes:
        cloud_provider (str):
        name (str):
        display_name (str):
        zone (str):
        classification (str):
        enabled (bool):
        reserved_for_qualified_users (bool):
        region_type (str):
        pcu_types (list[PCUGroupType] | Unset):
    """

    cloud_provider: str
    name: str
    display_name: str
    zone: str
    classification: str
    enabled: bool
    reserved_for_qualified_users: bool
    region_type: str
    pcu_types: list[PCUGroupType] | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        cloud_provider = self.cloud_provider

        name = self.name

        display_name = self.display_name

        zone = self.zone

        classification = self.classification

        enabled = self.enabled

        reserved_for_qualified_users = self.reserved_for_qualified_users

        region_type = self.region_type

        pcu_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pcu_types, Unset):
            pcu_types = []
            for pcu_types_item_data in self.pcu_types:
                pcu_types_item = pcu_types_item_data.to_dict()
                pcu_types.append(pcu_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudProvider": cloud_provider,
                "name": name,
                "displayName": display_name,
                "zone": zone,
                "classification": classification,
                "enabled": enabled,
                "reservedForQualifiedUsers": reserved_for_qualified_users,
                "region_type": region_type,
            }
        )
        if pcu_types is not UNSET:
            field_dict["pcu_types"] = pcu_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _pcu_types = src_dict.get("pcu_types", UNSET)
        pcu_types: list[PCUGroupType] | Unset = UNSET
        if _pcu_types is not UNSET:
            pcu_types = []
            for pcu_types_item_data in _pcu_types:
                pcu_types_item = PCUGroupType.from_dict(pcu_types_item_data)

                pcu_types.append(pcu_types_item)

        serverless_region = cls(
            src_dict["cloudProvider"],
            src_dict["name"],
            src_dict["displayName"],
            src_dict["zone"],
            src_dict["classification"],
            src_dict["enabled"],
            src_dict["reservedForQualifiedUsers"],
            src_dict["region_type"],
            pcu_types,
        )

        serverless_region._additional_properties = src_dict
        return serverless_region

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
from ..models.pcu_group_type import PCUGroupType
