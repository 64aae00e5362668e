from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class ExternalKMS:
    """
    Attributes:
        org_id (UUID | Unset):
        aws (AWSKMS | Unset):
        gcp (GCPKMS | Unset):
        azure (AZUREKMS | Unset):
    """

    org_id: UUID | Unset = UNSET
    aws: AWSKMS | Unset = UNSET
    gcp: GCPKMS | Unset = UNSET
    azure: AZUREKMS | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        org_id: str | Unset = UNSET
        if not isinstance(self.org_id, Unset):
            org_id = str(self.org_id)

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
        _org_id = src_dict.get("orgId", UNSET)
        org_id: UUID | Unset
        if isinstance(_org_id, Unset):
            org_id = UNSET
        else:
            org_id = UUID(_org_id)

        _aws = src_dict.get("aws", UNSET)
        aws: AWSKMS | Unset
        if isinstance(_aws, Unset):
            aws = UNSET
        else:
            aws = AWSKMS.from_dict(_aws)

        _gcp = src_dict.get("gcp", UNSET)
        gcp: GCPKMS | Unset
        if isinstance(_gcp, Unset):
            gcp = UNSET
        else:
            gcp = GCPKMS.from_dict(_gcp)

        _azure = src_dict.get("azure", UNSET)
        azure: AZUREKMS | Unset
        if isinstance(_azure, Unset):
            azure = UNSET
        else:
            azure = AZUREKMS.from_dict(_azure)

        external_kms = cls(
            org_id,
            aws,
            gcp,
            azure,
        )

        external_kms._additional_properties = src_dict
        return external_kms

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


# Imported once, after the class, rather than on every call: models may refer to each other in cycles.
from ..models.awskms import AWSKMS
from ..models.azurekms import AZUREKMS
from ..models.gcpkms import GCPKMS
