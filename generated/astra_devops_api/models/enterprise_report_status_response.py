from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
class EnterpriseReportStatusResponse:
    """
    Attributes:
        report_id (UUID):
        status (str):
        month (str):
        year (str):
        report_details (EnterpriseReportStatusResponseReportDetails):
    """

    report_id: UUID
    status: str
    month: str
    year: str
    report_details: EnterpriseReportStatusResponseReportDetails
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        report_id = str(self.report_id)

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
        report_id = UUID(src_dict["reportId"])

        report_details = EnterpriseReportStatusResponseReportDetails.from_dict(src_dict["reportDetails"])

        enterprise_report_status_response = cls(
            report_id,
            src_dict["status"],
            src_dict["month"],
            src_dict["year"],
            report_details,
        )

        enterprise_report_status_response._additional_properties = src_dict
        return enterprise_report_status_response

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
from ..models.enterprise_report_status_response_report_details import (
    EnterpriseReportStatusResponseReportDetails,
)
