from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_read import TargetRead


T = TypeVar("T", bound="CategoryCoverage")


@_attrs_define
class CategoryCoverage:
    """How many units of a category exist in the subtree, how many have a model that counts, and how many have
    one that works (an effective model: README "Coverage rule").

        Attributes:
            category_code (str):
            effective_met (bool | None): effective_share against the target (seed 000: registered “và hoạt động hiệu quả”).
            effective_share (float | None): with_effective_model / units in percent, 1 decimal.
            label (str):
            met (bool | None): share against the target; null when there is no unit or no target.
            share (float | None): with_model / units in percent, 1 decimal; null when units is 0.
            target (None | TargetRead):
            units (int): Active units of the category's kinds in the subtree.
            with_effective_model (int): Those that, or a unit below which, have an effective model (registered and working).
            with_model (int): Those that, or a unit below which, registered a model that counts.
    """

    category_code: str
    effective_met: bool | None
    effective_share: float | None
    label: str
    met: bool | None
    share: float | None
    target: None | TargetRead
    units: int
    with_effective_model: int
    with_model: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.target_read import TargetRead  # noqa: PLC0415

        category_code = self.category_code

        effective_met: bool | None
        effective_met = self.effective_met

        effective_share: float | None
        effective_share = self.effective_share

        label = self.label

        met: bool | None
        met = self.met

        share: float | None
        share = self.share

        target: dict[str, Any] | None
        if isinstance(self.target, TargetRead):
            target = self.target.to_dict()
        else:
            target = self.target

        units = self.units

        with_effective_model = self.with_effective_model

        with_model = self.with_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_code": category_code,
                "effective_met": effective_met,
                "effective_share": effective_share,
                "label": label,
                "met": met,
                "share": share,
                "target": target,
                "units": units,
                "with_effective_model": with_effective_model,
                "with_model": with_model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_read import TargetRead  # noqa: PLC0415

        d = dict(src_dict)
        category_code = d.pop("category_code")

        def _parse_effective_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        effective_met = _parse_effective_met(d.pop("effective_met"))

        def _parse_effective_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        effective_share = _parse_effective_share(d.pop("effective_share"))

        label = d.pop("label")

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

        def _parse_target(data: object) -> None | TargetRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_0 = TargetRead.from_dict(data)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TargetRead, data)

        target = _parse_target(d.pop("target"))

        units = d.pop("units")

        with_effective_model = d.pop("with_effective_model")

        with_model = d.pop("with_model")

        category_coverage = cls(
            category_code=category_code,
            effective_met=effective_met,
            effective_share=effective_share,
            label=label,
            met=met,
            share=share,
            target=target,
            units=units,
            with_effective_model=with_effective_model,
            with_model=with_model,
        )

        category_coverage.additional_properties = d
        return category_coverage

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
