from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.scim_user_emails_item import SCIMUserEmailsItem
    from ..models.scim_user_meta import SCIMUserMeta
    from ..models.scim_user_name import SCIMUserName


T = TypeVar("T", bound="SCIMUser")
_WIRE_NAMES = frozenset(
    {
        "schemas",
        "id",
        "userName",
        "active",
        "externalId",
        "name",
        "emails",
        "meta",
    }
)


def _build_name(source: Mapping[str, Any]) -> SCIMUserName:
    return SCIMUserName.from_dict(source["name"])


def _build_additional_properties(source: Mapping[str, Any]) -> dict[str, Any]:
    if _WIRE_NAMES.issuperset(source):
        return {}
    return {key: value for key, value in source.items() if key not in _WIRE_NAMES}


_LAZY: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "name": _build_name,
    "additional_properties": _build_additional_properties,
}


class _Sourced:
    """The decoded mapping `from_dict` read, kept outside the attrs fields: the parts it left to first use are
    built from it."""

    __slots__ = ("_source",)


@_attrs_define
class SCIMUser(_Sourced):
    """
    Attributes:
        schemas (list[str]):
        id (str):
        user_name (str):
        active (bool):
        external_id (str | Unset):
        name (SCIMUserName | Unset):
        emails (list[SCIMUserEmailsItem] | Unset):
        meta (SCIMUserMeta | Unset):
    """

    schemas: list[str]
    id: str
    user_name: str
    active: bool
    external_id: str | Unset = UNSET
    name: SCIMUserName | Unset = UNSET
    emails: list[SCIMUserEmailsItem] | Unset = UNSET
    meta: SCIMUserMeta | Unset = UNSET
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
        schemas = self.schemas

        id = self.id

        user_name = self.user_name

        active = self.active

        external_id = self.external_id

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
                "id": id,
                "userName": user_name,
                "active": active,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if emails is not UNSET:
            field_dict["emails"] = emails
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _name = src_dict.get("name", UNSET)

        _emails = src_dict.get("emails", UNSET)
        emails: list[SCIMUserEmailsItem] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = SCIMUserEmailsItem.from_dict(emails_item_data)

                emails.append(emails_item)

        _meta = src_dict.get("meta", UNSET)
        meta = UNSET if _meta is UNSET else SCIMUserMeta.from_dict(_meta)

        scim_user = object.__new__(cls)
        scim_user._source = src_dict
        scim_user.schemas = src_dict["schemas"]
        scim_user.id = src_dict["id"]
        scim_user.user_name = src_dict["userName"]
        scim_user.active = src_dict["active"]
        scim_user.external_id = src_dict.get("externalId", UNSET)
        if _name is UNSET:
            scim_user.name = UNSET
        elif type(_name) is not dict:
            scim_user.name = SCIMUserName.from_dict(_name)
        scim_user.emails = emails
        scim_user.meta = meta
        return scim_user

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
from ..models.scim_user_emails_item import SCIMUserEmailsItem
from ..models.scim_user_meta import SCIMUserMeta
from ..models.scim_user_name import SCIMUserName
