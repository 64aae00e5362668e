from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snapshot_list_snapshots_item import SnapshotListSnapshotsItem


T = TypeVar("T", bound="SnapshotList")
_WIRE_NAMES = frozenset(
    {
        "snapshots",
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
class SnapshotList:
    """
    Attributes:
        snapshots (list[SnapshotListSnapshotsItem] | Unset):
    """

    snapshots: list[SnapshotListSnapshotsItem] | Unset = UNSET
    _additional_properties: Any = _attrs_field(init=False, default=None, repr=_shown, eq=_extras)

    def to_dict(self) -> dict[str, Any]:
        snapshots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.snapshots, Unset):
            snapshots = []
            for snapshots_item_data in self.snapshots:
                snapshots_item = snapshots_item_data.to_dict()
                snapshots.append(snapshots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snapshots is not UNSET:
            field_dict["snapshots"] = snapshots

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _snapshots = src_dict.get("snapshots", UNSET)
        snapshots: list[SnapshotListSnapshotsItem] | Unset = UNSET
        if _snapshots is not UNSET:
            snapshots = []
            for snapshots_item_data in _snapshots:
                snapshots_item = SnapshotListSnapshotsItem.from_dict(snapshots_item_data)

                snapshots.append(snapshots_item)

        snapshot_list = cls(
            snapshots,
        )

        snapshot_list._additional_properties = src_dict
        return snapshot_list

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
from ..models.snapshot_list_snapshots_item import SnapshotListSnapshotsItem
