from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_coverage import CategoryCoverage
    from ..models.unit_with_kind import UnitWithKind


T = TypeVar("T", bound="ChildCoverage")


@_attrs_define
class ChildCoverage:
    """The drill-down row of one direct child unit.

    Attributes:
        categories (list[CategoryCoverage]):
        effective_models (int): Of those, the effective ones.
        has_effective_model (bool): The child or a unit below it has an effective model.
        has_model (bool): The child or a unit below it registered a model that counts.
        has_plan (bool | None): The child itself has a plan for the campaign; null when its kind is not expected to have
            one.
        models (int): Models that count, registered in the child's subtree.
        unit (UnitWithKind): A unit, briefly.
    """

    categories: list[CategoryCoverage]
    effective_models: int
    has_effective_model: bool
    has_model: bool
    has_plan: bool | None
    models: int
    unit: UnitWithKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.category_coverage import CategoryCoverage  # noqa: PLC0415
        from ..models.unit_with_kind import UnitWithKind  # noqa: PLC0415

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        effective_models = self.effective_models

        has_effective_model = self.has_effective_model

        has_model = self.has_model

        has_plan: bool | None
        has_plan = self.has_plan

        models = self.models

        unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
                "effective_models": effective_models,
                "has_effective_model": has_effective_model,
                "has_model": has_model,
                "has_plan": has_plan,
                "models": models,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_coverage import CategoryCoverage  # noqa: PLC0415
        from ..models.unit_with_kind import UnitWithKind  # noqa: PLC0415

        d = dict(src_dict)
        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = CategoryCoverage.from_dict(categories_item_data)

            categories.append(categories_item)

        effective_models = d.pop("effective_models")

        has_effective_model = d.pop("has_effective_model")

        has_model = d.pop("has_model")

        def _parse_has_plan(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        has_plan = _parse_has_plan(d.pop("has_plan"))

        models = d.pop("models")

        unit = UnitWithKind.from_dict(d.pop("unit"))

        child_coverage = cls(
            categories=categories,
            effective_models=effective_models,
            has_effective_model=has_effective_model,
            has_model=has_model,
            has_plan=has_plan,
            models=models,
            unit=unit,
        )

        child_coverage.additional_properties = d
        return child_coverage

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
