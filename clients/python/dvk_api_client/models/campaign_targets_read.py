from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_target_read import CategoryTargetRead


T = TypeVar("T", bound="CampaignTargetsRead")


@_attrs_define
class CampaignTargetsRead:
    """A campaign's targets: the share per category and the models each unit should launch a year.

    Attributes:
        campaign_id (UUID):
        models_per_unit_max (int):
        models_per_unit_min (int):
        targets (list[CategoryTargetRead]):
    """

    campaign_id: UUID
    models_per_unit_max: int
    models_per_unit_min: int
    targets: list[CategoryTargetRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.category_target_read import CategoryTargetRead  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        models_per_unit_max = self.models_per_unit_max

        models_per_unit_min = self.models_per_unit_min

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "models_per_unit_max": models_per_unit_max,
                "models_per_unit_min": models_per_unit_min,
                "targets": targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_target_read import CategoryTargetRead  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        models_per_unit_max = d.pop("models_per_unit_max")

        models_per_unit_min = d.pop("models_per_unit_min")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = CategoryTargetRead.from_dict(targets_item_data)

            targets.append(targets_item)

        campaign_targets_read = cls(
            campaign_id=campaign_id,
            models_per_unit_max=models_per_unit_max,
            models_per_unit_min=models_per_unit_min,
            targets=targets,
        )

        campaign_targets_read.additional_properties = d
        return campaign_targets_read

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
