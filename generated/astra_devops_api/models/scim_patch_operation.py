from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_patch_operation_op import SCIMPatchOperationOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="SCIMPatchOperation")
_WIRE_NAMES = frozenset(
    {
        "op",
        "path",
        "value",
    }
)


@_attrs_define
class SCIMPatchOperation:
    """
    Attributes:
        op (SCIMPatchOperationOp):
        path (str | Unset):
        value (Any | Unset):
    """

    op: SCIMPatchOperationOp
    path: str | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        path = self.path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        op = SCIMPatchOperationOp(src_dict["op"])

        scim_patch_operation = cls(
            op,
            src_dict.get("path", UNSET),
            src_dict.get("value", UNSET),
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            scim_patch_operation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return scim_patch_operation

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
