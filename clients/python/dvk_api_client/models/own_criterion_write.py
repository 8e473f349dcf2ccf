from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnCriterionWrite")


@_attrs_define
class OwnCriterionWrite:
    """A criterion the campaign adds for the models of one field: its code (not a general one's), texts, top
    score (1–10) and, optionally, the minimum a model needs on it to be recognised.

        Attributes:
            code (str):
            field_code (str):
            label_en (str):
            label_vi (str):
            max_score (int | Unset):  Default: 10.
            min_score (float | None | Unset):
            sort_order (int | Unset):  Default: 0.
    """

    code: str
    field_code: str
    label_en: str
    label_vi: str
    max_score: int | Unset = 10
    min_score: float | None | Unset = UNSET
    sort_order: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        field_code = self.field_code

        label_en = self.label_en

        label_vi = self.label_vi

        max_score = self.max_score

        min_score: float | None | Unset
        if isinstance(self.min_score, Unset):
            min_score = UNSET
        else:
            min_score = self.min_score

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "field_code": field_code,
                "label_en": label_en,
                "label_vi": label_vi,
            }
        )
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
        code = d.pop("code")

        field_code = d.pop("field_code")

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        max_score = d.pop("max_score", UNSET)

        def _parse_min_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_score = _parse_min_score(d.pop("min_score", UNSET))

        sort_order = d.pop("sort_order", UNSET)

        own_criterion_write = cls(
            code=code,
            field_code=field_code,
            label_en=label_en,
            label_vi=label_vi,
            max_score=max_score,
            min_score=min_score,
            sort_order=sort_order,
        )

        return own_criterion_write
