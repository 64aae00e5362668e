from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.datadog_telemetry_request_block import DatadogTelemetryRequestBlock


T = TypeVar("T", bound="DatadogTelemetryRequest")
_WIRE_NAMES = frozenset(
    {
        "Datadog",
    }
)


@_attrs_define
class DatadogTelemetryRequest:
    """
    Attributes:
        datadog (DatadogTelemetryRequestBlock):
    """

    datadog: DatadogTelemetryRequestBlock
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datadog = self.datadog.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Datadog": datadog,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        datadog = DatadogTelemetryRequestBlock.from_dict(src_dict["Datadog"])

        datadog_telemetry_request = cls(
            datadog,
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            datadog_telemetry_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return datadog_telemetry_request

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
from ..models.datadog_telemetry_request_block import DatadogTelemetryRequestBlock
