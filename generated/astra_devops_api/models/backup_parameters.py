from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupParameters")


@_attrs_define
class BackupParameters:
    """
    Attributes:
        uuid (str):
        backup_one_retention_number (int):
        backup_two_retention_number (int):
        backup_one_cron_expression (str):
        backup_two_cron_expression (str):
        keyspace (str | Unset):
    """

    uuid: str
    backup_one_retention_number: int
    backup_two_retention_number: int
    backup_one_cron_expression: str
    backup_two_cron_expression: str
    keyspace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        backup_one_retention_number = self.backup_one_retention_number

        backup_two_retention_number = self.backup_two_retention_number

        backup_one_cron_expression = self.backup_one_cron_expression

        backup_two_cron_expression = self.backup_two_cron_expression

        keyspace = self.keyspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "backupOneRetentionNumber": backup_one_retention_number,
                "backupTwoRetentionNumber": backup_two_retention_number,
                "backupOneCronExpression": backup_one_cron_expression,
                "backupTwoCronExpression": backup_two_cron_expression,
            }
        )
        if keyspace is not UNSET:
            field_dict["keyspace"] = keyspace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        backup_one_retention_number = d.pop("backupOneRetentionNumber")

        backup_two_retention_number = d.pop("backupTwoRetentionNumber")

        backup_one_cron_expression = d.pop("backupOneCronExpression")

        backup_two_cron_expression = d.pop("backupTwoCronExpression")

        keyspace = d.pop("keyspace", UNSET)

        backup_parameters = cls(
            uuid=uuid,
            backup_one_retention_number=backup_one_retention_number,
            backup_two_retention_number=backup_two_retention_number,
            backup_one_cron_expression=backup_one_cron_expression,
            backup_two_cron_expression=backup_two_cron_expression,
            keyspace=keyspace,
        )

        backup_parameters.additional_properties = d
        return backup_parameters

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
