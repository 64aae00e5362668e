from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_cdc_response_regions_item import ListCDCResponseRegionsItem
    from ..models.list_cdc_response_tables_item import ListCDCResponseTablesItem


T = TypeVar("T", bound="ListCDCResponse")
_WIRE_NAMES = frozenset(
    {
        "orgID",
        "databaseID",
        "databaseName",
        "tables",
        "regions",
    }
)


@_attrs_define
class ListCDCResponse:
    """
    Attributes:
        org_id (str):
        database_id (str):
        database_name (str):
        tables (list[ListCDCResponseTablesItem]):
        regions (list[ListCDCResponseRegionsItem]):
    """

    org_id: str
    database_id: str
    database_name: str
    tables: list[ListCDCResponseTablesItem]
    regions: list[ListCDCResponseRegionsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        database_id = self.database_id

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
                "orgID": org_id,
                "databaseID": database_id,
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
            tables_item = ListCDCResponseTablesItem.from_dict(tables_item_data)

            tables.append(tables_item)

        regions = []
        _regions = src_dict["regions"]
        for regions_item_data in _regions:
            regions_item = ListCDCResponseRegionsItem.from_dict(regions_item_data)

            regions.append(regions_item)

        list_cdc_response = cls(
            src_dict["orgID"],
            src_dict["databaseID"],
            src_dict["databaseName"],
            tables,
            regions,
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            list_cdc_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return list_cdc_response

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
from ..models.list_cdc_response_regions_item import ListCDCResponseRegionsItem
from ..models.list_cdc_response_tables_item import ListCDCResponseTablesItem
