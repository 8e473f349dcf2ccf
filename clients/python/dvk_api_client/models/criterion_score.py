from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.criterion_code import CriterionCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CriterionScore")


@_attrs_define
class CriterionScore:
    """A 0–10 score for one of the five general criteria (seed 001 §II, `GET /criteria`).

    Name the criterion by its code (`code`, e.g. `consent`) or by its position in the seed (`criterion`, 1–5,
    the older form, still accepted); the other is filled in, and both are recorded.

        Attributes:
            criterion (int): The criterion's position in seed 001 §II (1–5).
            score (float):
            code (CriterionCode | None | Unset): The criterion's code (`GET /criteria`).
            comment (str | Unset):  Default: ''.
    """

    criterion: int
    score: float
    code: CriterionCode | None | Unset = UNSET
    comment: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        criterion = self.criterion

        score = self.score

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, CriterionCode):
            code = self.code.value
        else:
            code = self.code

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "criterion": criterion,
                "score": score,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criterion = d.pop("criterion")

        score = d.pop("score")

        def _parse_code(data: object) -> CriterionCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_type_0 = CriterionCode(data)

                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CriterionCode | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        comment = d.pop("comment", UNSET)

        criterion_score = cls(
            criterion=criterion,
            score=score,
            code=code,
            comment=comment,
        )

        return criterion_score
