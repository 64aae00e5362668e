from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.get_cdc_response_regions_item import GetCDCResponseRegionsItem


T = TypeVar("T", bound="GetCDCResponse")
_WIRE_NAMES = frozenset(
    {
        "orgID",
        "databaseID",
        "databaseName",
        "regions",
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
class GetCDCResponse(_Sourced):
    """
    Attributes:
        org_id (str):
        database_id (str):
        database_name (str):
        regions (list[GetCDCResponseRegionsItem]):
        status (str):
    """

    org_id: str
    database_id: str
    database_name: str
    regions: list[GetCDCResponseRegionsItem]
    status: str
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
        org_id = self.org_id

        database_id = self.database_id

        database_name = self.database_name

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgID": org_id,
                "databaseID": database_id,
                "databaseName": database_name,
                "regions": regions,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        regions = []
        _regions = src_dict["regions"]
        for regions_item_data in _regions:
            regions_item = GetCDCResponseRegionsItem.from_dict(regions_item_data)

            regions.append(regions_item)

        get_cdc_response = object.__new__(cls)
        get_cdc_response._source = src_dict
        get_cdc_response.org_id = src_dict["orgID"]
        get_cdc_response.database_id = src_dict["databaseID"]
        get_cdc_response.database_name = src_dict["databaseName"]
        get_cdc_response.regions = regions
        get_cdc_response.status = src_dict["status"]
        return get_cdc_response

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
from ..models.get_cdc_response_regions_item import GetCDCResponseRegionsItem
