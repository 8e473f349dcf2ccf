from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelsPerUnit")


@_attrs_define
class ModelsPerUnit:
    """Counting models registered in the subtree per active unit of the categories' kinds.

    Attributes:
        average (float | None): models / units, 2 decimals; null when units is 0.
        effective_models (int): Of the counting models, those that are effective.
        max_ (int):
        met (bool | None): average ≥ min; null when units is 0.
        min_ (int):
        models (int):
        units (int):
    """

    average: float | None
    effective_models: int
    max_: int
    met: bool | None
    min_: int
    models: int
    units: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average: float | None
        average = self.average

        effective_models = self.effective_models

        max_ = self.max_

        met: bool | None
        met = self.met

        min_ = self.min_

        models = self.models

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average": average,
                "effective_models": effective_models,
                "max": max_,
                "met": met,
                "min": min_,
                "models": models,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_average(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average = _parse_average(d.pop("average"))

        effective_models = d.pop("effective_models")

        max_ = d.pop("max")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        min_ = d.pop("min")

        models = d.pop("models")

        units = d.pop("units")

        models_per_unit = cls(
            average=average,
            effective_models=effective_models,
            max_=max_,
            met=met,
            min_=min_,
            models=models,
            units=units,
        )

        models_per_unit.additional_properties = d
        return models_per_unit

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
