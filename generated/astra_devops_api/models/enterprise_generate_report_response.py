from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnterpriseGenerateReportResponse")
_WIRE_NAMES = frozenset(
    {
        "reportId",
        "status",
        "month",
        "year",
    }
)


@_attrs_define
class EnterpriseGenerateReportResponse:
    """
    Attributes:
        report_id (UUID):
        status (str):
        month (str):
        year (str):
    """

    report_id: UUID
    status: str
    month: str
    year: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = str(self.report_id)

        status = self.status

        month = self.month

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reportId": report_id,
                "status": status,
                "month": month,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        report_id = UUID(src_dict["reportId"])

        enterprise_generate_report_response = cls(
            report_id,
            src_dict["status"],
            src_dict["month"],
            src_dict["year"],
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            enterprise_generate_report_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return enterprise_generate_report_response

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
