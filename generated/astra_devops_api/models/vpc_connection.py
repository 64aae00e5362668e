from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vpc import VPC


T = TypeVar("T", bound="VPCConnection")
_WIRE_NAMES = frozenset(
    {
        "connectionId",
        "status",
        "currentVpc",
        "otherVpc",
    }
)


@_attrs_define
class VPCConnection:
    """
    Attributes:
        connection_id (str):
        status (str):
        current_vpc (VPC):
        other_vpc (VPC):
    """

    connection_id: str
    status: str
    current_vpc: VPC
    other_vpc: VPC
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        status = self.status

        current_vpc = self.current_vpc.to_dict()

        other_vpc = self.other_vpc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionId": connection_id,
                "status": status,
                "currentVpc": current_vpc,
                "otherVpc": other_vpc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        current_vpc = VPC.from_dict(src_dict["currentVpc"])

        other_vpc = VPC.from_dict(src_dict["otherVpc"])

        vpc_connection = cls(
            src_dict["connectionId"],
            src_dict["status"],
            current_vpc,
            other_vpc,
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            vpc_connection.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return vpc_connection

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
from ..models.vpc import VPC
