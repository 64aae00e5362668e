from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.enable_cdc_request_regions_item import EnableCDCRequestRegionsItem
    from ..models.enable_cdc_request_tables_item import EnableCDCRequestTablesItem


T = TypeVar("T", bound="EnableCDCRequest")
_WIRE_NAMES = frozenset(
    {
        "databaseName",
        "tables",
        "regions",
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
class EnableCDCRequest(_Sourced):
    """
    Attributes:
        database_name (str):
        tables (list[EnableCDCRequestTablesItem]):
        regions (list[EnableCDCRequestRegionsItem]):
    """

    database_name: str
    tables: list[EnableCDCRequestTablesItem]
    regions: list[EnableCDCRequestRegionsItem]
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
        database_name = self.database_name

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databaseName": database_name,
                "tables": tables,
                "regions": regions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        tables = []
        _tables = src_dict["tables"]
        for tables_item_data in _tables:
            tables_item = EnableCDCRequestTablesItem.from_dict(tables_item_data)

            tables.append(tables_item)

        regions = []
        _regions = src_dict["regions"]
        for regions_item_data in _regions:
            regions_item = EnableCDCRequestRegionsItem.from_dict(regions_item_data)

            regions.append(regions_item)

        enable_cdc_request = object.__new__(cls)
        enable_cdc_request._source = src_dict
        enable_cdc_request.database_name = src_dict["databaseName"]
        enable_cdc_request.tables = tables
        enable_cdc_request.regions = regions
        return enable_cdc_request

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
from ..models.enable_cdc_request_regions_item import EnableCDCRequestRegionsItem
from ..models.enable_cdc_request_tables_item import EnableCDCRequestTablesItem
