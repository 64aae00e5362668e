from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.private_link_datacenter_output import PrivateLinkDatacenterOutput


T = TypeVar("T", bound="PrivateLinkClusterOutput")


@_attrs_define
class PrivateLinkClusterOutput:
    """
    Attributes:
        cluster_id (str | Unset):
        datacenters (list[PrivateLinkDatacenterOutput] | Unset):
    """

    cluster_id: str | Unset = UNSET
    datacenters: list[PrivateLinkDatacenterOutput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        datacenters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datacenters, Unset):
            datacenters = []
            for datacenters_item_data in self.datacenters:
                datacenters_item = datacenters_item_data.to_dict()
                datacenters.append(datacenters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterID"] = cluster_id
        if datacenters is not UNSET:
            field_dict["datacenters"] = datacenters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cluster_id = d.pop("clusterID", UNSET)

        _datacenters = d.pop("datacenters", UNSET)
        datacenters: list[PrivateLinkDatacenterOutput] | Unset = UNSET
        if _datacenters is not UNSET:
            datacenters = []
            for datacenters_item_data in _datacenters:
                datacenters_item = PrivateLinkDatacenterOutput.from_dict(datacenters_item_data)

                datacenters.append(datacenters_item)

        private_link_cluster_output = cls(
            cluster_id=cluster_id,
            datacenters=datacenters,
        )

        private_link_cluster_output.additional_properties = d
        return private_link_cluster_output

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
from ..models.private_link_datacenter_output import PrivateLinkDatacenterOutput
