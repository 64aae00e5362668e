from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterpriseReportStatusResponseReportDetails")
_WIRE_NAMES = frozenset(
    {
        "csvDownloadUrl",
        "generatedAt",
        "expirationAt",
        "isStale",
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
class EnterpriseReportStatusResponseReportDetails:
    """
    Attributes:
        csv_download_url (str | Unset):
        generated_at (datetime.datetime | Unset):
        expiration_at (datetime.datetime | Unset):
        is_stale (bool | Unset):  Default: True.
    """

    csv_download_url: str | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    expiration_at: datetime.datetime | Unset = UNSET
    is_stale: bool | Unset = True
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        csv_download_url = self.csv_download_url

        generated_at: str | Unset = UNSET
        if not isinstance(self.generated_at, Unset):
            generated_at = self.generated_at.isoformat()

        expiration_at: str | Unset = UNSET
        if not isinstance(self.expiration_at, Unset):
            expiration_at = self.expiration_at.isoformat()

        is_stale = self.is_stale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if csv_download_url is not UNSET:
            field_dict["csvDownloadUrl"] = csv_download_url
        if generated_at is not UNSET:
            field_dict["generatedAt"] = generated_at
        if expiration_at is not UNSET:
            field_dict["expirationAt"] = expiration_at
        if is_stale is not UNSET:
            field_dict["isStale"] = is_stale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _generated_at = src_dict.get("generatedAt", UNSET)
        generated_at: datetime.datetime | Unset
        if isinstance(_generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = datetime.datetime.fromisoformat(_generated_at)

        _expiration_at = src_dict.get("expirationAt", UNSET)
        expiration_at: datetime.datetime | Unset
        if isinstance(_expiration_at, Unset):
            expiration_at = UNSET
        else:
            expiration_at = datetime.datetime.fromisoformat(_expiration_at)

        enterprise_report_status_response_report_details = cls(
            src_dict.get("csvDownloadUrl", UNSET),
            generated_at,
            expiration_at,
            src_dict.get("isStale", UNSET),
        )

        enterprise_report_status_response_report_details._additional_properties = src_dict
        return enterprise_report_status_response_report_details

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
