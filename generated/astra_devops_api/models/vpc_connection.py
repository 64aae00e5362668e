from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

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


def _build_current_vpc(source: Mapping[str, Any]) -> VPC:
    return VPC.from_dict(source["currentVpc"])


def _build_other_vpc(source: Mapping[str, Any]) -> VPC:
    return VPC.from_dict(source["otherVpc"])


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "current_vpc": _build_current_vpc,
    "other_vpc": _build_other_vpc,
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class VPCConnection(_Sourced):
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
        _current_vpc = src_dict["currentVpc"]

        _other_vpc = src_dict["otherVpc"]

        vpc_connection = object.__new__(cls)
        vpc_connection._source = src_dict
        vpc_connection.connection_id = src_dict["connectionId"]
        vpc_connection.status = src_dict["status"]
        if (
            type(_current_vpc) is not dict
            or "provider" not in _current_vpc
            or "account" not in _current_vpc
            or "vpcId" not in _current_vpc
            or "cidrBlock" not in _current_vpc
        ):
            vpc_connection.current_vpc = VPC.from_dict(_current_vpc)
        if (
            type(_other_vpc) is not dict
            or "provider" not in _other_vpc
            or "account" not in _other_vpc
            or "vpcId" not in _other_vpc
            or "cidrBlock" not in _other_vpc
        ):
            vpc_connection.other_vpc = VPC.from_dict(_other_vpc)
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
