from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unit_brief import UnitBrief


T = TypeVar("T", bound="UnitResult")


@_attrs_define
class UnitResult:
    """A unit expected to report an indicator, and what it reached (null: nothing reported).

    Attributes:
        achieved (float | None):
        unit (UnitBrief): A unit, briefly.
    """

    achieved: float | None
    unit: UnitBrief
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_brief import UnitBrief  # noqa: PLC0415

        achieved: float | None
        achieved = self.achieved

        unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "achieved": achieved,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_brief import UnitBrief  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_achieved(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        achieved = _parse_achieved(d.pop("achieved"))

        unit = UnitBrief.from_dict(d.pop("unit"))

        unit_result = cls(
            achieved=achieved,
            unit=unit,
        )

        unit_result.additional_properties = d
        return unit_result

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
