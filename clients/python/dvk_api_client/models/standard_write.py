from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardWrite")


@_attrs_define
class StandardWrite:
    """A campaign's standard: the minimum score of each criterion and the minimum total; null keeps the default.

    Attributes:
        min_score (float | None | Unset):
        min_total (float | None | Unset):
    """

    min_score: float | None | Unset = UNSET
    min_total: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        min_score: float | None | Unset
        if isinstance(self.min_score, Unset):
            min_score = UNSET
        else:
            min_score = self.min_score

        min_total: float | None | Unset
        if isinstance(self.min_total, Unset):
            min_total = UNSET
        else:
            min_total = self.min_total

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if min_score is not UNSET:
            field_dict["min_score"] = min_score
        if min_total is not UNSET:
            field_dict["min_total"] = min_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_min_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_score = _parse_min_score(d.pop("min_score", UNSET))

        def _parse_min_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_total = _parse_min_total(d.pop("min_total", UNSET))

        standard_write = cls(
            min_score=min_score,
            min_total=min_total,
        )

        return standard_write
