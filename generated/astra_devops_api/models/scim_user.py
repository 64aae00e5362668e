from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class SCIMUser:
    """
    Attributes:
        schemas (list[str]):
        id (UUID):
        user_name (str):
        active (bool):
        external_id (str | Unset):
        name (SCIMUserName | Unset):
        emails (list[SCIMUserEmailsItem] | Unset):
        meta (SCIMUserMeta | Unset):
    """

    schemas: list[str]
    id: UUID
    user_name: str
    active: bool
    external_id: str | Unset = UNSET
    name: SCIMUserName | Unset = UNSET
    emails: list[SCIMUserEmailsItem] | Unset = UNSET
    meta: SCIMUserMeta | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        schemas = self.schemas

        id = str(self.id)

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
        id = UUID(src_dict["id"])

        _name = src_dict.get("name", UNSET)
        name: SCIMUserName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SCIMUserName.from_dict(_name)

        _emails = src_dict.get("emails", UNSET)
        emails: list[SCIMUserEmailsItem] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = SCIMUserEmailsItem.from_dict(emails_item_data)

                emails.append(emails_item)

        _meta = src_dict.get("meta", UNSET)
        meta: SCIMUserMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SCIMUserMeta.from_dict(_meta)

        scim_user = cls(
            src_dict["schemas"],
            id,
            src_dict["userName"],
            src_dict["active"],
            src_dict.get("externalId", UNSET),
            name,
            emails,
            meta,
        )

        scim_user._additional_properties = src_dict
        return scim_user

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
from ..models.scim_user_emails_item import SCIMUserEmailsItem
from ..models.scim_user_meta import SCIMUserMeta
from ..models.scim_user_name import SCIMUserName
