from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorCoverage")


@_attrs_define
class IndicatorCoverage:
    """A commune-plan indicator (seed 003 §1.6): each unit of these kinds builds at least one model.

    Attributes:
        code (str):
        kinds (list[str]):
        label (str):
        met (bool | None): True when every such unit has a model; null when there is none.
        units (int):
        with_model (int):
        without_model (int):
    """

    code: str
    kinds: list[str]
    label: str
    met: bool | None
    units: int
    with_model: int
    without_model: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kinds = self.kinds

        label = self.label

        met: bool | None
        met = self.met

        units = self.units

        with_model = self.with_model

        without_model = self.without_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "kinds": kinds,
                "label": label,
                "met": met,
                "units": units,
                "with_model": with_model,
                "without_model": without_model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kinds = cast(list[str], d.pop("kinds"))

        label = d.pop("label")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        units = d.pop("units")

        with_model = d.pop("with_model")

        without_model = d.pop("without_model")

        indicator_coverage = cls(
            code=code,
            kinds=kinds,
            label=label,
            met=met,
            units=units,
            with_model=with_model,
            without_model=without_model,
        )

        indicator_coverage.additional_properties = d
        return indicator_coverage

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
