from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="EnterpriseReportStatusResponseReportDetails")
_datetime_from_iso = datetime.datetime.fromisoformat
_WIRE_NAMES = frozenset(
    {
        "csvDownloadUrl",
        "generatedAt",
        "expirationAt",
        "isStale",
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
class EnterpriseReportStatusResponseReportDetails(_Sourced):
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
        generated_at = UNSET if _generated_at is UNSET else _datetime_from_iso(_generated_at)

        _expiration_at = src_dict.get("expirationAt", UNSET)
        expiration_at = UNSET if _expiration_at is UNSET else _datetime_from_iso(_expiration_at)

        enterprise_report_status_response_report_details = object.__new__(cls)
        enterprise_report_status_response_report_details._source = src_dict
        enterprise_report_status_response_report_details.csv_download_url = src_dict.get("csvDownloadUrl", UNSET)
        enterprise_report_status_response_report_details.generated_at = generated_at
        enterprise_report_status_response_report_details.expiration_at = expiration_at
        enterprise_report_status_response_report_details.is_stale = src_dict.get("isStale", UNSET)
        return enterprise_report_status_response_report_details

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
