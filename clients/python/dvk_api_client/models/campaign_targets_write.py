from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_target_write import CategoryTargetWrite


T = TypeVar("T", bound="CampaignTargetsWrite")


@_attrs_define
class CampaignTargetsWrite:
    """The campaign's whole set of targets; categories left out fall back to their default.

    Attributes:
        models_per_unit_max (int):
        models_per_unit_min (int):
        targets (list[CategoryTargetWrite]):
    """

    models_per_unit_max: int
    models_per_unit_min: int
    targets: list[CategoryTargetWrite]

    def to_dict(self) -> dict[str, Any]:
        from ..models.category_target_write import CategoryTargetWrite  # noqa: PLC0415

        models_per_unit_max = self.models_per_unit_max

        models_per_unit_min = self.models_per_unit_min

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "models_per_unit_max": models_per_unit_max,
                "models_per_unit_min": models_per_unit_min,
                "targets": targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_target_write import CategoryTargetWrite  # noqa: PLC0415

        d = dict(src_dict)
        models_per_unit_max = d.pop("models_per_unit_max")

        models_per_unit_min = d.pop("models_per_unit_min")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = CategoryTargetWrite.from_dict(targets_item_data)

            targets.append(targets_item)

        campaign_targets_write = cls(
            models_per_unit_max=models_per_unit_max,
            models_per_unit_min=models_per_unit_min,
            targets=targets,
        )

        return campaign_targets_write
