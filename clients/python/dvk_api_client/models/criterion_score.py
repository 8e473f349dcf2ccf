from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CriterionScore")


@_attrs_define
class CriterionScore:
    """A 0–10 score for one criterion: one of the five general ones (seed 001 §II, `GET /criteria`) or one the
    campaign set for the model's field (`GET /campaigns/{id}/criteria`, up to its `max_score`).

    Name a general criterion by its code (`code`, e.g. `consent`) or by its position in the seed (`criterion`,
    1–5, the older form, still accepted); the other is filled in, and both are recorded. A campaign's own
    criterion is named by its code alone (`criterion` stays null).

        Attributes:
            score (float):
            code (None | str | Unset): The criterion's code: a general one (`GET /criteria`) or the campaign's own for the
                field.
            comment (str | Unset):  Default: ''.
            criterion (int | None | Unset): A general criterion's position in seed 001 §II (1–5); null otherwise.
    """

    score: float
    code: None | str | Unset = UNSET
    comment: str | Unset = ""
    criterion: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        comment = self.comment

        criterion: int | None | Unset
        if isinstance(self.criterion, Unset):
            criterion = UNSET
        else:
            criterion = self.criterion

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "score": score,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if comment is not UNSET:
            field_dict["comment"] = comment
        if criterion is not UNSET:
            field_dict["criterion"] = criterion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score = d.pop("score")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        comment = d.pop("comment", UNSET)

        def _parse_criterion(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        criterion = _parse_criterion(d.pop("criterion", UNSET))

        criterion_score = cls(
            score=score,
            code=code,
            comment=comment,
            criterion=criterion,
        )

        return criterion_score
