from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_rule import OutcomeRule
from ..models.review_level import ReviewLevel
from ..models.review_phase import ReviewPhase
from ..models.review_purpose import ReviewPurpose
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.candidate_create import CandidateCreate
    from ..models.member_create import MemberCreate


T = TypeVar("T", bound="ReviewCreate")


@_attrs_define
class ReviewCreate:
    """Open a review meeting (bình xét) held by a unit.

    Attributes:
        campaign_id (UUID):
        chair (str):
        held_on (datetime.date):
        holding_unit_id (int): A unit id.
        members (list[MemberCreate]):
        secretary (str):
        title (str):
        year (int):
        candidates (list[CandidateCreate] | Unset):
        level (None | ReviewLevel | Unset): The role the holding unit plays in the authority policy for the candidates
            (reviewing: `cell`, proposing: `standing_board`, deciding: `deciding_body`); checked against each candidate.
            Absent: derived from the first candidate whose policy names the holding unit.
        outcome_rule (OutcomeRule | Unset): How a review's votes decide a candidate's outcome.
        phase_review (None | ReviewPhase | Unset): Required for exemplar rounds, else absent.
        place (str | Unset):  Default: ''.
        purpose (ReviewPurpose | Unset): What a review session considers: models or exemplars.
    """

    campaign_id: UUID
    chair: str
    held_on: datetime.date
    holding_unit_id: int
    members: list[MemberCreate]
    secretary: str
    title: str
    year: int
    candidates: list[CandidateCreate] | Unset = UNSET
    level: None | ReviewLevel | Unset = UNSET
    outcome_rule: OutcomeRule | Unset = UNSET
    phase_review: None | ReviewPhase | Unset = UNSET
    place: str | Unset = ""
    purpose: ReviewPurpose | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_create import CandidateCreate  # noqa: PLC0415
        from ..models.member_create import MemberCreate  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        chair = self.chair

        held_on = self.held_on.isoformat()

        holding_unit_id = self.holding_unit_id

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        secretary = self.secretary

        title = self.title

        year = self.year

        candidates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.candidates, Unset):
            candidates = []
            for candidates_item_data in self.candidates:
                candidates_item = candidates_item_data.to_dict()
                candidates.append(candidates_item)

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, ReviewLevel):
            level = self.level.value
        else:
            level = self.level

        outcome_rule: str | Unset = UNSET
        if not isinstance(self.outcome_rule, Unset):
            outcome_rule = self.outcome_rule.value

        phase_review: None | str | Unset
        if isinstance(self.phase_review, Unset):
            phase_review = UNSET
        elif isinstance(self.phase_review, ReviewPhase):
            phase_review = self.phase_review.value
        else:
            phase_review = self.phase_review

        place = self.place

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_id": campaign_id,
                "chair": chair,
                "held_on": held_on,
                "holding_unit_id": holding_unit_id,
                "members": members,
                "secretary": secretary,
                "title": title,
                "year": year,
            }
        )
        if candidates is not UNSET:
            field_dict["candidates"] = candidates
        if level is not UNSET:
            field_dict["level"] = level
        if outcome_rule is not UNSET:
            field_dict["outcome_rule"] = outcome_rule
        if phase_review is not UNSET:
            field_dict["phase_review"] = phase_review
        if place is not UNSET:
            field_dict["place"] = place
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_create import CandidateCreate  # noqa: PLC0415
        from ..models.member_create import MemberCreate  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        chair = d.pop("chair")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        holding_unit_id = d.pop("holding_unit_id")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberCreate.from_dict(members_item_data)

            members.append(members_item)

        secretary = d.pop("secretary")

        title = d.pop("title")

        year = d.pop("year")

        _candidates = d.pop("candidates", UNSET)
        candidates: list[CandidateCreate] | Unset = UNSET
        if _candidates is not UNSET:
            candidates = []
            for candidates_item_data in _candidates:
                candidates_item = CandidateCreate.from_dict(candidates_item_data)

                candidates.append(candidates_item)

        def _parse_level(data: object) -> None | ReviewLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = ReviewLevel(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewLevel | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        _outcome_rule = d.pop("outcome_rule", UNSET)
        outcome_rule: OutcomeRule | Unset
        if isinstance(_outcome_rule, Unset):
            outcome_rule = UNSET
        else:
            outcome_rule = OutcomeRule(_outcome_rule)

        def _parse_phase_review(data: object) -> None | ReviewPhase | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_review_type_0 = ReviewPhase(data)

                return phase_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewPhase | Unset, data)

        phase_review = _parse_phase_review(d.pop("phase_review", UNSET))

        place = d.pop("place", UNSET)

        _purpose = d.pop("purpose", UNSET)
        purpose: ReviewPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = ReviewPurpose(_purpose)

        review_create = cls(
            campaign_id=campaign_id,
            chair=chair,
            held_on=held_on,
            holding_unit_id=holding_unit_id,
            members=members,
            secretary=secretary,
            title=title,
            year=year,
            candidates=candidates,
            level=level,
            outcome_rule=outcome_rule,
            phase_review=phase_review,
            place=place,
            purpose=purpose,
        )

        return review_create
