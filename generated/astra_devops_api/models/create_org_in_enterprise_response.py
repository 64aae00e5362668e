from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.create_org_in_enterprise_response_marketplace_data_type_0 import (
        CreateOrgInEnterpriseResponseMarketplaceDataType0,
    )


T = TypeVar("T", bound="CreateOrgInEnterpriseResponse")
_datetime_from_iso = datetime.datetime.fromisoformat
_WIRE_NAMES = frozenset(
    {
        "OrganizationName",
        "OrganizationID",
        "OrganizationEmail",
        "MarketplaceData",
        "CreatedAt",
        "LastModified",
        "OrgType",
        "EnterpriseId",
        "OrganizationGroupId",
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
class CreateOrgInEnterpriseResponse(_Sourced):
    """
    Attributes:
        organization_name (str | Unset):
        organization_id (str | Unset):
        organization_email (str | Unset):
        marketplace_data (CreateOrgInEnterpriseResponseMarketplaceDataType0 | None | Unset):
        created_at (datetime.datetime | Unset):
        last_modified (datetime.datetime | Unset):
        org_type (str | Unset):
        enterprise_id (str | Unset):
        organization_group_id (str | Unset):
    """

    organization_name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    organization_email: str | Unset = UNSET
    marketplace_data: CreateOrgInEnterpriseResponseMarketplaceDataType0 | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    org_type: str | Unset = UNSET
    enterprise_id: str | Unset = UNSET
    organization_group_id: str | Unset = UNSET
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
        organization_name = self.organization_name

        organization_id = self.organization_id

        organization_email = self.organization_email

        marketplace_data: dict[str, Any] | None | Unset
        if isinstance(self.marketplace_data, Unset):
            marketplace_data = UNSET
        elif isinstance(self.marketplace_data, CreateOrgInEnterpriseResponseMarketplaceDataType0):
            marketplace_data = self.marketplace_data.to_dict()
        else:
            marketplace_data = self.marketplace_data

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        org_type = self.org_type

        enterprise_id = self.enterprise_id

        organization_group_id = self.organization_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_name is not UNSET:
            field_dict["OrganizationName"] = organization_name
        if organization_id is not UNSET:
            field_dict["OrganizationID"] = organization_id
        if organization_email is not UNSET:
            field_dict["OrganizationEmail"] = organization_email
        if marketplace_data is not UNSET:
            field_dict["MarketplaceData"] = marketplace_data
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if last_modified is not UNSET:
            field_dict["LastModified"] = last_modified
        if org_type is not UNSET:
            field_dict["OrgType"] = org_type
        if enterprise_id is not UNSET:
            field_dict["EnterpriseId"] = enterprise_id
        if organization_group_id is not UNSET:
            field_dict["OrganizationGroupId"] = organization_group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_marketplace_data(data: object) -> CreateOrgInEnterpriseResponseMarketplaceDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                marketplace_data_type_0 = CreateOrgInEnterpriseResponseMarketplaceDataType0.from_dict(data)

                return marketplace_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateOrgInEnterpriseResponseMarketplaceDataType0 | None | Unset, data)

        marketplace_data = _parse_marketplace_data(src_dict.get("MarketplaceData", UNSET))

        _created_at = src_dict.get("CreatedAt", UNSET)
        created_at = UNSET if _created_at is UNSET else _datetime_from_iso(_created_at)

        _last_modified = src_dict.get("LastModified", UNSET)
        last_modified = UNSET if _last_modified is UNSET else _datetime_from_iso(_last_modified)

        create_org_in_enterprise_response = object.__new__(cls)
        create_org_in_enterprise_response._source = src_dict
        create_org_in_enterprise_response.organization_name = src_dict.get("OrganizationName", UNSET)
        create_org_in_enterprise_response.organization_id = src_dict.get("OrganizationID", UNSET)
        create_org_in_enterprise_response.organization_email = src_dict.get("OrganizationEmail", UNSET)
        create_org_in_enterprise_response.marketplace_data = marketplace_data
        create_org_in_enterprise_response.created_at = created_at
        create_org_in_enterprise_response.last_modified = last_modified
        create_org_in_enterprise_response.org_type = src_dict.get("OrgType", UNSET)
        create_org_in_enterprise_response.enterprise_id = src_dict.get("EnterpriseId", UNSET)
        create_org_in_enterprise_response.organization_group_id = src_dict.get("OrganizationGroupId", UNSET)
        return create_org_in_enterprise_response

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
from ..models.create_org_in_enterprise_response_marketplace_data_type_0 import (
    CreateOrgInEnterpriseResponseMarketplaceDataType0,
)
