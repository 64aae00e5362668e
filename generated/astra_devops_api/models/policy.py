from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_actions_item import PolicyActionsItem
from ..models.policy_effect import PolicyEffect

T = TypeVar("T", bound="Policy")
_WIRE_NAMES = frozenset(
    {
        "description",
        "resources",
        "actions",
        "effect",
    }
)


@_attrs_define
class Policy:
    """
    Attributes:
        description (str):
        resources (list[str]):
        actions (list[PolicyActionsItem]):
        effect (PolicyEffect):
    """

    description: str
    resources: list[str]
    actions: list[PolicyActionsItem]
    effect: PolicyEffect
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        resources = self.resources

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

        effect = self.effect.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "resources": resources,
                "actions": actions,
                "effect": effect,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        actions = []
        _actions = src_dict["actions"]
        for actions_item_data in _actions:
            actions_item = PolicyActionsItem(actions_item_data)

            actions.append(actions_item)

        effect = PolicyEffect(src_dict["effect"])

        policy = cls(
            src_dict["description"],
            src_dict["resources"],
            actions,
            effect,
        )

        if not _WIRE_NAMES.issuperset(src_dict):
            policy.additional_properties = {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        return policy

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
