from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="EnterpriseConsumptionRequest")
_WIRE_NAMES = frozenset(
    {
        "fromDate",
        "toDate",
        "resourceIDs",
        "orgIDs",
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
class EnterpriseConsumptionRequest(_Sourced):
    """
    Attributes:
        from_date (str | Unset):
        to_date (str | Unset):
        resource_i_ds (list[str] | Unset):
        org_i_ds (list[str] | Unset):
    """

    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    resource_i_ds: list[str] | Unset = UNSET
    org_i_ds: list[str] | Unset = UNSET
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
        from_date = self.from_date

        to_date = self.to_date

        resource_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.resource_i_ds, Unset):
            resource_i_ds = self.resource_i_ds

        org_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.org_i_ds, Unset):
            org_i_ds = self.org_i_ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET:
            field_dict["toDate"] = to_date
        if resource_i_ds is not UNSET:
            field_dict["resourceIDs"] = resource_i_ds
        if org_i_ds is not UNSET:
            field_dict["orgIDs"] = org_i_ds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        enterprise_consumption_request = object.__new__(cls)
        enterprise_consumption_request._source = src_dict
        enterprise_consumption_request.from_date = src_dict.get("fromDate", UNSET)
        enterprise_consumption_request.to_date = src_dict.get("toDate", UNSET)
        enterprise_consumption_request.resource_i_ds = src_dict.get("resourceIDs", UNSET)
        enterprise_consumption_request.org_i_ds = src_dict.get("orgIDs", UNSET)
        return enterprise_consumption_request

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
