from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SplunkTelemetryRequestBlock")
_WIRE_NAMES = frozenset(
    {
        "endpoint",
        "index",
        "token",
        "source",
        "sourcetype",
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
class SplunkTelemetryRequestBlock(_Sourced):
    """
    Attributes:
        endpoint (str):
        index (str):
        token (str):
        source (str | Unset):
        sourcetype (str | Unset):
    """

    endpoint: str
    index: str
    token: str = _attrs_field(repr=False)
    source: str | Unset = UNSET
    sourcetype: str | Unset = UNSET
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
        endpoint = self.endpoint

        index = self.index

        token = self.token

        source = self.source

        sourcetype = self.sourcetype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "index": index,
                "token": token,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if sourcetype is not UNSET:
            field_dict["sourcetype"] = sourcetype

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        splunk_telemetry_request_block = object.__new__(cls)
        splunk_telemetry_request_block._source = src_dict
        splunk_telemetry_request_block.endpoint = src_dict["endpoint"]
        splunk_telemetry_request_block.index = src_dict["index"]
        splunk_telemetry_request_block.token = src_dict["token"]
        splunk_telemetry_request_block.source = src_dict.get("source", UNSET)
        splunk_telemetry_request_block.sourcetype = src_dict.get("sourcetype", UNSET)
        return splunk_telemetry_request_block

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
