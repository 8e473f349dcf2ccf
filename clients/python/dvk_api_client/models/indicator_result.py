from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_target_kind import IndicatorTargetKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unit_result import UnitResult


T = TypeVar("T", bound="IndicatorResult")


@_attrs_define
class IndicatorResult:
    """One indicator over a subtree: the units it applies to, how many meet the target, and those that miss.

    Attributes:
        code (str):
        label_en (str):
        label_vi (str):
        met (bool | None): Every such unit meets the target (null when no unit applies).
        missing (list[UnitResult]): Units that miss the target, by unit code.
        share (float | None): Percent of those units meeting the target (1 decimal).
        target_kind (IndicatorTargetKind): How a yearly indicator is measured: a count reached, yes or no, or a
            percentage reached.
        target_value (float):
        units (int): Active units of the subtree whose kind the indicator applies to.
        units_met (int):
    """

    code: str
    label_en: str
    label_vi: str
    met: bool | None
    missing: list[UnitResult]
    share: float | None
    target_kind: IndicatorTargetKind
    target_value: float
    units: int
    units_met: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_result import UnitResult  # noqa: PLC0415

        code = self.code

        label_en = self.label_en

        label_vi = self.label_vi

        met: bool | None
        met = self.met

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        share: float | None
        share = self.share

        target_kind = self.target_kind.value

        target_value = self.target_value

        units = self.units

        units_met = self.units_met

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label_en": label_en,
                "label_vi": label_vi,
                "met": met,
                "missing": missing,
                "share": share,
                "target_kind": target_kind,
                "target_value": target_value,
                "units": units,
                "units_met": units_met,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_result import UnitResult  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = UnitResult.from_dict(missing_item_data)

            missing.append(missing_item)

        def _parse_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        share = _parse_share(d.pop("share"))

        target_kind = IndicatorTargetKind(d.pop("target_kind"))

        target_value = d.pop("target_value")

        units = d.pop("units")

        units_met = d.pop("units_met")

        indicator_result = cls(
            code=code,
            label_en=label_en,
            label_vi=label_vi,
            met=met,
            missing=missing,
            share=share,
            target_kind=target_kind,
            target_value=target_value,
            units=units,
            units_met=units_met,
        )

        indicator_result.additional_properties = d
        return indicator_result

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
