from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnCriterionUpdate")


@_attrs_define
class OwnCriterionUpdate:
    """Change a criterion's texts, top (not once scored), minimum (null: none) or order; only what is sent.

    Attributes:
        label_en (None | str | Unset):
        label_vi (None | str | Unset):
        max_score (int | None | Unset):
        min_score (float | None | Unset):
        sort_order (int | None | Unset):
    """

    label_en: None | str | Unset = UNSET
    label_vi: None | str | Unset = UNSET
    max_score: int | None | Unset = UNSET
    min_score: float | None | Unset = UNSET
    sort_order: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label_en: None | str | Unset
        if isinstance(self.label_en, Unset):
            label_en = UNSET
        else:
            label_en = self.label_en

        label_vi: None | str | Unset
        if isinstance(self.label_vi, Unset):
            label_vi = UNSET
        else:
            label_vi = self.label_vi

        max_score: int | None | Unset
        if isinstance(self.max_score, Unset):
            max_score = UNSET
        else:
            max_score = self.max_score

        min_score: float | None | Unset
        if isinstance(self.min_score, Unset):
            min_score = UNSET
        else:
            min_score = self.min_score

        sort_order: int | None | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if label_en is not UNSET:
            field_dict["label_en"] = label_en
        if label_vi is not UNSET:
            field_dict["label_vi"] = label_vi
        if max_score is not UNSET:
            field_dict["max_score"] = max_score
        if min_score is not UNSET:
            field_dict["min_score"] = min_score
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_label_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_en = _parse_label_en(d.pop("label_en", UNSET))

        def _parse_label_vi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_vi = _parse_label_vi(d.pop("label_vi", UNSET))

        def _parse_max_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_score = _parse_max_score(d.pop("max_score", UNSET))

        def _parse_min_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_score = _parse_min_score(d.pop("min_score", UNSET))

        def _parse_sort_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        own_criterion_update = cls(
            label_en=label_en,
            label_vi=label_vi,
            max_score=max_score,
            min_score=min_score,
            sort_order=sort_order,
        )

        return own_criterion_update
