from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardDefaults")


@_attrs_define
class StandardDefaults:
    """The standard a campaign has when it sets none.

    Attributes:
        min_score (float | Unset):  Default: 5.0.
        min_total (float | Unset):  Default: 35.0.
    """

    min_score: float | Unset = 5.0
    min_total: float | Unset = 35.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_score = self.min_score

        min_total = self.min_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_score is not UNSET:
            field_dict["min_score"] = min_score
        if min_total is not UNSET:
            field_dict["min_total"] = min_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_score = d.pop("min_score", UNSET)

        min_total = d.pop("min_total", UNSET)

        standard_defaults = cls(
            min_score=min_score,
            min_total=min_total,
        )

        standard_defaults.additional_properties = d
        return standard_defaults

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
