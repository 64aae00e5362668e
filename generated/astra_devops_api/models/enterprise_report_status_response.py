from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.enterprise_report_status_response_report_details import (
        EnterpriseReportStatusResponseReportDetails,
    )


T = TypeVar("T", bound="EnterpriseReportStatusResponse")
_WIRE_NAMES = frozenset(
    {
        "reportId",
        "status",
        "month",
        "year",
        "reportDetails",
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
class EnterpriseReportStatusResponse(_Sourced):
    """
    Attributes:
        report_id (str):
        status (str):
        month (str):
        year (str):
        report_details (EnterpriseReportStatusResponseReportDetails):
    """

    report_id: str
    status: str
    month: str
    year: str
    report_details: EnterpriseReportStatusResponseReportDetails
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
        report_id = self.report_id

        status = self.status

        month = self.month

        year = self.year

        report_details = self.report_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reportId": report_id,
                "status": status,
                "month": month,
                "year": year,
                "reportDetails": report_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        report_details = EnterpriseReportStatusResponseReportDetails.from_dict(src_dict["reportDetails"])

        enterprise_report_status_response = object.__new__(cls)
        enterprise_report_status_response._source = src_dict
        enterprise_report_status_response.report_id = src_dict["reportId"]
        enterprise_report_status_response.status = src_dict["status"]
        enterprise_report_status_response.month = src_dict["month"]
        enterprise_report_status_response.year = src_dict["year"]
        enterprise_report_status_response.report_details = report_details
        return enterprise_report_status_response

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
from ..models.enterprise_report_status_response_report_details import (
    EnterpriseReportStatusResponseReportDetails,
)
