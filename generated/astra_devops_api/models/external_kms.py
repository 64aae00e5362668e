from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.awskms import AWSKMS
    from ..models.azurekms import AZUREKMS
    from ..models.gcpkms import GCPKMS


T = TypeVar("T", bound="ExternalKMS")
_WIRE_NAMES = frozenset(
    {
        "orgId",
        "aws",
        "gcp",
        "azure",
    }
)


def _build_aws(source: Mapping[str, Any]) -> AWSKMS:
    return AWSKMS.from_dict(source["aws"])


def _build_gcp(source: Mapping[str, Any]) -> GCPKMS:
    return GCPKMS.from_dict(source["gcp"])


def _build_azure(source: Mapping[str, Any]) -> AZUREKMS:
    return AZUREKMS.from_dict(source["azure"])


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "aws": _build_aws,
    "gcp": _build_gcp,
    "azure": _build_azure,
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class ExternalKMS(_Sourced):
    """
    Attributes:
        org_id (str | Unset):
        aws (AWSKMS | Unset):
        gcp (GCPKMS | Unset):
        azure (AZUREKMS | Unset):
    """

    org_id: str | Unset = UNSET
    aws: AWSKMS | Unset = UNSET
    gcp: GCPKMS | Unset = UNSET
    azure: AZUREKMS | Unset = UNSET
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
        org_id = self.org_id

        aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws, Unset):
            aws = self.aws.to_dict()

        gcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp, Unset):
            gcp = self.gcp.to_dict()

        azure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure, Unset):
            azure = self.azure.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if aws is not UNSET:
            field_dict["aws"] = aws
        if gcp is not UNSET:
            field_dict["gcp"] = gcp
        if azure is not UNSET:
            field_dict["azure"] = azure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _aws = src_dict.get("aws", UNSET)

        _gcp = src_dict.get("gcp", UNSET)

        _azure = src_dict.get("azure", UNSET)

        external_kms = object.__new__(cls)
        external_kms._source = src_dict
        external_kms.org_id = src_dict.get("orgId", UNSET)
        if _aws is UNSET:
            external_kms.aws = UNSET
        elif type(_aws) is not dict:
            external_kms.aws = AWSKMS.from_dict(_aws)
        if _gcp is UNSET:
            external_kms.gcp = UNSET
        elif type(_gcp) is not dict:
            external_kms.gcp = GCPKMS.from_dict(_gcp)
        if _azure is UNSET:
            external_kms.azure = UNSET
        elif type(_azure) is not dict:
            external_kms.azure = AZUREKMS.from_dict(_azure)
        return external_kms

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
from ..models.awskms import AWSKMS
from ..models.azurekms import AZUREKMS
from ..models.gcpkms import GCPKMS
