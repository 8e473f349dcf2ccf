from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_defaults import StandardDefaults


T = TypeVar("T", bound="StandardRead")


@_attrs_define
class StandardRead:
    """The standard in force for the campaign's recognitions, what the campaign set and the defaults.

    Attributes:
        min_score (float):
        min_score_set (float | None):
        min_total (float):
        min_total_set (float | None):
        defaults (StandardDefaults | Unset): The standard a campaign has when it sets none.
    """

    min_score: float
    min_score_set: float | None
    min_total: float
    min_total_set: float | None
    defaults: StandardDefaults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.standard_defaults import StandardDefaults  # noqa: PLC0415

        min_score = self.min_score

        min_score_set: float | None
        min_score_set = self.min_score_set

        min_total = self.min_total

        min_total_set: float | None
        min_total_set = self.min_total_set

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min_score": min_score,
                "min_score_set": min_score_set,
                "min_total": min_total,
                "min_total_set": min_total_set,
            }
        )
        if defaults is not UNSET:
            field_dict["defaults"] = defaults

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standard_defaults import StandardDefaults  # noqa: PLC0415

        d = dict(src_dict)
        min_score = d.pop("min_score")

        def _parse_min_score_set(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_score_set = _parse_min_score_set(d.pop("min_score_set"))

        min_total = d.pop("min_total")

        def _parse_min_total_set(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_total_set = _parse_min_total_set(d.pop("min_total_set"))

        _defaults = d.pop("defaults", UNSET)
        defaults: StandardDefaults | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
        else:
            defaults = StandardDefaults.from_dict(_defaults)

        standard_read = cls(
            min_score=min_score,
            min_score_set=min_score_set,
            min_total=min_total,
            min_total_set=min_total_set,
            defaults=defaults,
        )

        standard_read.additional_properties = d
        return standard_read

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
