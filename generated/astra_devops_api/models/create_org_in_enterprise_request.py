from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateOrgInEnterpriseRequest")
_WIRE_NAMES = frozenset(
    {
        "name",
        "email",
        "adminUserID",
        "enterpriseID",
    }
)


@_attrs_define
class CreateOrgInEnterpriseRequest:
    """
    Attributes:
        name (str):
        email (str):
        admin_user_id (str):
        enterprise_id (str):
    """

    name: str
    email: str
    admin_user_id: str
    enterprise_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        admin_user_id = self.admin_user_id

        enterprise_id = self.enterprise_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "adminUserID": admin_user_id,
                "enterpriseID": enterprise_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        create_org_in_enterprise_request = cls(
            src_dict["name"],
            src_dict["email"],
            src_dict["adminUserID"],
            src_dict["enterpriseID"],
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            create_org_in_enterprise_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _WIRE_NAMES
            }
        return create_org_in_enterprise_request

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
