from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CriterionScore")


@_attrs_define
class CriterionScore:
    """A 0–10 score for one of the five general criteria (seed 001 §II).

    Attributes:
        criterion (int):
        score (float):
        comment (str | Unset):  Default: ''.
    """

    criterion: int
    score: float
    comment: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        criterion = self.criterion

        score = self.score

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "criterion": criterion,
                "score": score,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criterion = d.pop("criterion")

        score = d.pop("score")

        comment = d.pop("comment", UNSET)

        criterion_score = cls(
            criterion=criterion,
            score=score,
            comment=comment,
        )

        return criterion_score
