from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_read import TargetRead
    from ..models.units_without_plan import UnitsWithoutPlan


T = TypeVar("T", bound="PlanCoverage")


@_attrs_define
class PlanCoverage:
    """Seed 000 §2.1: 100 % of the party organisations, agencies, units and localities have a plan and
    disseminate it. Counted over the subtree's active units in the campaign's part of the tree whose kind is
    expected to have one (`kinds`).

        Attributes:
            disseminated (int): Units whose plan has a dissemination day (quán triệt, triển khai).
            disseminated_met (bool | None): Every such unit has disseminated its plan.
            disseminated_share (float | None):
            kinds (list[str]): The unit kinds expected to have a plan (data: plan_unit_kinds).
            met (bool | None): Every such unit has a plan; null when there is none.
            share (float | None): with_plan / units in percent, 1 decimal; null when units is 0.
            target (TargetRead): A share target: `gt` means more than `share_percent` ("trên 80%"), `gte` at least ("100%").
            units (int):
            units_without_plan (UnitsWithoutPlan): The units still without a plan, capped at `missing_limit` (by unit code).
            with_plan (int):
    """

    disseminated: int
    disseminated_met: bool | None
    disseminated_share: float | None
    kinds: list[str]
    met: bool | None
    share: float | None
    target: TargetRead
    units: int
    units_without_plan: UnitsWithoutPlan
    with_plan: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.target_read import TargetRead  # noqa: PLC0415
        from ..models.units_without_plan import UnitsWithoutPlan  # noqa: PLC0415

        disseminated = self.disseminated

        disseminated_met: bool | None
        disseminated_met = self.disseminated_met

        disseminated_share: float | None
        disseminated_share = self.disseminated_share

        kinds = self.kinds

        met: bool | None
        met = self.met

        share: float | None
        share = self.share

        target = self.target.to_dict()

        units = self.units

        units_without_plan = self.units_without_plan.to_dict()

        with_plan = self.with_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disseminated": disseminated,
                "disseminated_met": disseminated_met,
                "disseminated_share": disseminated_share,
                "kinds": kinds,
                "met": met,
                "share": share,
                "target": target,
                "units": units,
                "units_without_plan": units_without_plan,
                "with_plan": with_plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_read import TargetRead  # noqa: PLC0415
        from ..models.units_without_plan import UnitsWithoutPlan  # noqa: PLC0415

        d = dict(src_dict)
        disseminated = d.pop("disseminated")

        def _parse_disseminated_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        disseminated_met = _parse_disseminated_met(d.pop("disseminated_met"))

        def _parse_disseminated_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        disseminated_share = _parse_disseminated_share(d.pop("disseminated_share"))

        kinds = cast(list[str], d.pop("kinds"))

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        def _parse_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        share = _parse_share(d.pop("share"))

        target = TargetRead.from_dict(d.pop("target"))

        units = d.pop("units")

        units_without_plan = UnitsWithoutPlan.from_dict(d.pop("units_without_plan"))

        with_plan = d.pop("with_plan")

        plan_coverage = cls(
            disseminated=disseminated,
            disseminated_met=disseminated_met,
            disseminated_share=disseminated_share,
            kinds=kinds,
            met=met,
            share=share,
            target=target,
            units=units,
            units_without_plan=units_without_plan,
            with_plan=with_plan,
        )

        plan_coverage.additional_properties = d
        return plan_coverage

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
