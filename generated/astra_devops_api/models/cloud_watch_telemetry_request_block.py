from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CloudWatchTelemetryRequestBlock")
_WIRE_NAMES = frozenset(
    {
        "access_key",
        "secret",
        "region",
    }
)


@_attrs_define
class CloudWatchTelemetryRequestBlock:
    """
    Attributes:
        access_key (str):
        secret (str):
        region (str):
    """

    access_key: str
    secret: str = _attrs_field(repr=False)
    region: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        secret = self.secret

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_key": access_key,
                "secret": secret,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        cloud_watch_telemetry_request_block = cls(
            src_dict["access_key"],
            src_dict["secret"],
            src_dict["region"],
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            cloud_watch_telemetry_request_block.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return cloud_watch_telemetry_request_block

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
