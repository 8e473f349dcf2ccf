from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_coverage import CategoryCoverage
    from ..models.child_coverage import ChildCoverage
    from ..models.indicator_coverage import IndicatorCoverage
    from ..models.models_per_unit import ModelsPerUnit
    from ..models.plan_coverage import PlanCoverage
    from ..models.unit_with_kind import UnitWithKind
    from ..models.units_without_model import UnitsWithoutModel


T = TypeVar("T", bound="CoverageReport")


@_attrs_define
class CoverageReport:
    """Coverage of a unit's subtree for one campaign and year against the campaign's targets.

    Attributes:
        campaign_id (UUID):
        categories (list[CategoryCoverage]):
        children (list[ChildCoverage]):
        indicators (list[IndicatorCoverage]):
        models_per_unit (ModelsPerUnit): Counting models registered in the subtree per active unit of the categories'
            kinds.
        plans (PlanCoverage): Seed 000 §2.1: 100 % of the party organisations, agencies, units and localities have a
            plan and
            disseminate it. Counted over the subtree's active units in the campaign's part of the tree whose kind is
            expected to have one (`kinds`).
        unit (UnitWithKind): A unit, briefly.
        units_without_model (UnitsWithoutModel): The list officials chase, capped at `missing_limit` (ordered by
            category, then code).
        year (int):
    """

    campaign_id: UUID
    categories: list[CategoryCoverage]
    children: list[ChildCoverage]
    indicators: list[IndicatorCoverage]
    models_per_unit: ModelsPerUnit
    plans: PlanCoverage
    unit: UnitWithKind
    units_without_model: UnitsWithoutModel
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.category_coverage import CategoryCoverage  # noqa: PLC0415
        from ..models.child_coverage import ChildCoverage  # noqa: PLC0415
        from ..models.indicator_coverage import IndicatorCoverage  # noqa: PLC0415
        from ..models.models_per_unit import ModelsPerUnit  # noqa: PLC0415
        from ..models.plan_coverage import PlanCoverage  # noqa: PLC0415
        from ..models.unit_with_kind import UnitWithKind  # noqa: PLC0415
        from ..models.units_without_model import UnitsWithoutModel  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        models_per_unit = self.models_per_unit.to_dict()

        plans = self.plans.to_dict()

        unit = self.unit.to_dict()

        units_without_model = self.units_without_model.to_dict()

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "categories": categories,
                "children": children,
                "indicators": indicators,
                "models_per_unit": models_per_unit,
                "plans": plans,
                "unit": unit,
                "units_without_model": units_without_model,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_coverage import CategoryCoverage  # noqa: PLC0415
        from ..models.child_coverage import ChildCoverage  # noqa: PLC0415
        from ..models.indicator_coverage import IndicatorCoverage  # noqa: PLC0415
        from ..models.models_per_unit import ModelsPerUnit  # noqa: PLC0415
        from ..models.plan_coverage import PlanCoverage  # noqa: PLC0415
        from ..models.unit_with_kind import UnitWithKind  # noqa: PLC0415
        from ..models.units_without_model import UnitsWithoutModel  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = CategoryCoverage.from_dict(categories_item_data)

            categories.append(categories_item)

        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = ChildCoverage.from_dict(children_item_data)

            children.append(children_item)

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = IndicatorCoverage.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        models_per_unit = ModelsPerUnit.from_dict(d.pop("models_per_unit"))

        plans = PlanCoverage.from_dict(d.pop("plans"))

        unit = UnitWithKind.from_dict(d.pop("unit"))

        units_without_model = UnitsWithoutModel.from_dict(d.pop("units_without_model"))

        year = d.pop("year")

        coverage_report = cls(
            campaign_id=campaign_id,
            categories=categories,
            children=children,
            indicators=indicators,
            models_per_unit=models_per_unit,
            plans=plans,
            unit=unit,
            units_without_model=units_without_model,
            year=year,
        )

        coverage_report.additional_properties = d
        return coverage_report

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
