from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_outcome import ReviewOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.candidate_model_ref import CandidateModelRef
    from ..models.criterion_score import CriterionScore
    from ..models.tally_read import TallyRead
    from ..models.vote_read import VoteRead


T = TypeVar("T", bound="CandidateRead")


@_attrs_define
class CandidateRead:
    """A candidate with its scores, votes, tally and outcome.

    Attributes:
        id (UUID):
        model (CandidateModelRef): The model a candidate stands for.
        note (str):
        outcome (None | ReviewOutcome): Frozen at closing; null while open.
        position (int):
        provisional_outcome (None | ReviewOutcome): Computed live while open; null once closed.
        scores (list[CriterionScore] | None):
        tally (TallyRead): The count of a candidate's ballot.
        total_score (float | None):
        votes (list[VoteRead]):
    """

    id: UUID
    model: CandidateModelRef
    note: str
    outcome: None | ReviewOutcome
    position: int
    provisional_outcome: None | ReviewOutcome
    scores: list[CriterionScore] | None
    tally: TallyRead
    total_score: float | None
    votes: list[VoteRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_model_ref import CandidateModelRef  # noqa: PLC0415
        from ..models.criterion_score import CriterionScore  # noqa: PLC0415
        from ..models.tally_read import TallyRead  # noqa: PLC0415
        from ..models.vote_read import VoteRead  # noqa: PLC0415

        id = str(self.id)

        model = self.model.to_dict()

        note = self.note

        outcome: None | str
        if isinstance(self.outcome, ReviewOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        position = self.position

        provisional_outcome: None | str
        if isinstance(self.provisional_outcome, ReviewOutcome):
            provisional_outcome = self.provisional_outcome.value
        else:
            provisional_outcome = self.provisional_outcome

        scores: list[dict[str, Any]] | None
        if isinstance(self.scores, list):
            scores = []
            for scores_type_0_item_data in self.scores:
                scores_type_0_item = scores_type_0_item_data.to_dict()
                scores.append(scores_type_0_item)

        else:
            scores = self.scores

        tally = self.tally.to_dict()

        total_score: float | None
        total_score = self.total_score

        votes = []
        for votes_item_data in self.votes:
            votes_item = votes_item_data.to_dict()
            votes.append(votes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "note": note,
                "outcome": outcome,
                "position": position,
                "provisional_outcome": provisional_outcome,
                "scores": scores,
                "tally": tally,
                "total_score": total_score,
                "votes": votes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_model_ref import CandidateModelRef  # noqa: PLC0415
        from ..models.criterion_score import CriterionScore  # noqa: PLC0415
        from ..models.tally_read import TallyRead  # noqa: PLC0415
        from ..models.vote_read import VoteRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        model = CandidateModelRef.from_dict(d.pop("model"))

        note = d.pop("note")

        def _parse_outcome(data: object) -> None | ReviewOutcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = ReviewOutcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewOutcome, data)

        outcome = _parse_outcome(d.pop("outcome"))

        position = d.pop("position")

        def _parse_provisional_outcome(data: object) -> None | ReviewOutcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provisional_outcome_type_0 = ReviewOutcome(data)

                return provisional_outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewOutcome, data)

        provisional_outcome = _parse_provisional_outcome(d.pop("provisional_outcome"))

        def _parse_scores(data: object) -> list[CriterionScore] | None:
            if data is None:
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
            return cast(list[CriterionScore] | None, data)

        scores = _parse_scores(d.pop("scores"))

        tally = TallyRead.from_dict(d.pop("tally"))

        def _parse_total_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total_score = _parse_total_score(d.pop("total_score"))

        votes = []
        _votes = d.pop("votes")
        for votes_item_data in _votes:
            votes_item = VoteRead.from_dict(votes_item_data)

            votes.append(votes_item)

        candidate_read = cls(
            id=id,
            model=model,
            note=note,
            outcome=outcome,
            position=position,
            provisional_outcome=provisional_outcome,
            scores=scores,
            tally=tally,
            total_score=total_score,
            votes=votes,
        )

        candidate_read.additional_properties = d
        return candidate_read

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
