from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criterion_score import CriterionScore


T = TypeVar("T", bound="CandidateUpdate")


@_attrs_define
class CandidateUpdate:
    """Change a candidate's agreed scores or note; only the fields sent change (scores null clears them).

    Attributes:
        note (None | str | Unset):
        scores (list[CriterionScore] | None | Unset):
    """

    note: None | str | Unset = UNSET
    scores: list[CriterionScore] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.criterion_score import CriterionScore  # noqa: PLC0415

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        scores: list[dict[str, Any]] | None | Unset
        if isinstance(self.scores, Unset):
            scores = UNSET
        elif isinstance(self.scores, list):
            scores = []
            for scores_type_0_item_data in self.scores:
                scores_type_0_item = scores_type_0_item_data.to_dict()
                scores.append(scores_type_0_item)

        else:
            scores = self.scores

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if scores is not UNSET:
            field_dict["scores"] = scores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_score import CriterionScore  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_scores(data: object) -> list[CriterionScore] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scores_type_0 = []
                _scores_type_0 = data
                for scores_type_0_item_data in _scores_type_0:
                    scores_type_0_item = CriterionScore.from_dict(scores_type_0_item_data)

                    scores_type_0.append(scores_type_0_item)

                return scores_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CriterionScore] | None | Unset, data)

        scores = _parse_scores(d.pop("scores", UNSET))

        candidate_update = cls(
            note=note,
            scores=scores,
        )

        return candidate_update
