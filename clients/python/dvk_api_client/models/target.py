from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Target")


@_attrs_define
class Target:
    """A target of the model: what, how it is measured, the value aimed at and its unit.

    Attributes:
        target_value (float):
        what (str):
        indicator (str | Unset):  Default: ''.
        unit_of_measure (str | Unset):  Default: ''.
    """

    target_value: float
    what: str
    indicator: str | Unset = ""
    unit_of_measure: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        target_value = self.target_value

        what = self.what

        indicator = self.indicator

        unit_of_measure = self.unit_of_measure

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_value": target_value,
                "what": what,
            }
        )
        if indicator is not UNSET:
            field_dict["indicator"] = indicator
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_value = d.pop("target_value")

        what = d.pop("what")

        indicator = d.pop("indicator", UNSET)

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        target = cls(
            target_value=target_value,
            what=what,
            indicator=indicator,
            unit_of_measure=unit_of_measure,
        )

        return target
