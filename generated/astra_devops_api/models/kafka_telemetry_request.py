from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.kafka_telemetry_request_block import KafkaTelemetryRequestBlock


T = TypeVar("T", bound="KafkaTelemetryRequest")
_WIRE_NAMES = frozenset(
    {
        "kafka",
    }
)


@_attrs_define
class KafkaTelemetryRequest:
    """
    Attributes:
        kafka (KafkaTelemetryRequestBlock):
    """

    kafka: KafkaTelemetryRequestBlock
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kafka = self.kafka.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kafka": kafka,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        kafka = KafkaTelemetryRequestBlock.from_dict(src_dict["kafka"])

        kafka_telemetry_request = cls(
            kafka,
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            kafka_telemetry_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return kafka_telemetry_request

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
from ..models.kafka_telemetry_request_block import KafkaTelemetryRequestBlock
