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
from ..models.review_status import ReviewStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bilingual import Bilingual
    from ..models.candidate_read import CandidateRead
    from ..models.member_read import MemberRead
    from ..models.minutes_read import MinutesRead
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="ReviewRead")


@_attrs_define
class ReviewRead:
    """A review meeting in full.

    Attributes:
        campaign_id (UUID):
        candidates (list[CandidateRead]): The candidates whose model the caller may see.
        chair (str):
        closed_at (datetime.datetime | None):
        closed_by_id (None | UUID):
        created_at (datetime.datetime):
        created_by_id (UUID):
        held_on (datetime.date):
        holding_unit (UnitRef): A unit, briefly.
        id (UUID):
        level (None | ReviewLevel): The body the review is held at in the authority chain; null when the holding unit is
            named by none of its candidates' policy (it holds the review over its own subtree).
        level_label (Bilingual | None): The level's label (seed 000 §3: the cell reviews, the standing board proposes).
        members (list[MemberRead]):
        minutes (MinutesRead | None):
        outcome_rule (OutcomeRule): How a review's votes decide a candidate's outcome.
        phase_review (None | ReviewPhase):
        place (str):
        purpose (ReviewPurpose): What a review session considers: models or exemplars.
        secretary (str):
        status (ReviewStatus): A review session still open, or closed (outcomes frozen).
        title (str):
        updated_at (datetime.datetime):
        version (int):
        year (int):
        hidden_candidates (int | Unset): How many candidates' models lie outside the caller's scope: only their number
            is shown. Default: 0.
    """

    campaign_id: UUID
    candidates: list[CandidateRead]
    chair: str
    closed_at: datetime.datetime | None
    closed_by_id: None | UUID
    created_at: datetime.datetime
    created_by_id: UUID
    held_on: datetime.date
    holding_unit: UnitRef
    id: UUID
    level: None | ReviewLevel
    level_label: Bilingual | None
    members: list[MemberRead]
    minutes: MinutesRead | None
    outcome_rule: OutcomeRule
    phase_review: None | ReviewPhase
    place: str
    purpose: ReviewPurpose
    secretary: str
    status: ReviewStatus
    title: str
    updated_at: datetime.datetime
    version: int
    year: int
    hidden_candidates: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.candidate_read import CandidateRead  # noqa: PLC0415
        from ..models.member_read import MemberRead  # noqa: PLC0415
        from ..models.minutes_read import MinutesRead  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        chair = self.chair

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        closed_by_id: None | str
        if isinstance(self.closed_by_id, UUID):
            closed_by_id = str(self.closed_by_id)
        else:
            closed_by_id = self.closed_by_id

        created_at = self.created_at.isoformat()

        created_by_id = str(self.created_by_id)

        held_on = self.held_on.isoformat()

        holding_unit = self.holding_unit.to_dict()

        id = str(self.id)

        level: None | str
        if isinstance(self.level, ReviewLevel):
            level = self.level.value
        else:
            level = self.level

        level_label: dict[str, Any] | None
        if isinstance(self.level_label, Bilingual):
            level_label = self.level_label.to_dict()
        else:
            level_label = self.level_label

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        minutes: dict[str, Any] | None
        if isinstance(self.minutes, MinutesRead):
            minutes = self.minutes.to_dict()
        else:
            minutes = self.minutes

        outcome_rule = self.outcome_rule.value

        phase_review: None | str
        if isinstance(self.phase_review, ReviewPhase):
            phase_review = self.phase_review.value
        else:
            phase_review = self.phase_review

        place = self.place

        purpose = self.purpose.value

        secretary = self.secretary

        status = self.status.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        year = self.year

        hidden_candidates = self.hidden_candidates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "candidates": candidates,
                "chair": chair,
                "closed_at": closed_at,
                "closed_by_id": closed_by_id,
                "created_at": created_at,
                "created_by_id": created_by_id,
                "held_on": held_on,
                "holding_unit": holding_unit,
                "id": id,
                "level": level,
                "level_label": level_label,
                "members": members,
                "minutes": minutes,
                "outcome_rule": outcome_rule,
                "phase_review": phase_review,
                "place": place,
                "purpose": purpose,
                "secretary": secretary,
                "status": status,
                "title": title,
                "updated_at": updated_at,
                "version": version,
                "year": year,
            }
        )
        if hidden_candidates is not UNSET:
            field_dict["hidden_candidates"] = hidden_candidates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.candidate_read import CandidateRead  # noqa: PLC0415
        from ..models.member_read import MemberRead  # noqa: PLC0415
        from ..models.minutes_read import MinutesRead  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = CandidateRead.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        chair = d.pop("chair")

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        def _parse_closed_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_by_id_type_0 = UUID(data)

                return closed_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        closed_by_id = _parse_closed_by_id(d.pop("closed_by_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by_id = UUID(d.pop("created_by_id"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        holding_unit = UnitRef.from_dict(d.pop("holding_unit"))

        id = UUID(d.pop("id"))

        def _parse_level(data: object) -> None | ReviewLevel:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = ReviewLevel(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewLevel, data)

        level = _parse_level(d.pop("level"))

        def _parse_level_label(data: object) -> Bilingual | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                level_label_type_0 = Bilingual.from_dict(data)

                return level_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Bilingual | None, data)

        level_label = _parse_level_label(d.pop("level_label"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberRead.from_dict(members_item_data)

            members.append(members_item)

        def _parse_minutes(data: object) -> MinutesRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minutes_type_0 = MinutesRead.from_dict(data)

                return minutes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MinutesRead | None, data)

        minutes = _parse_minutes(d.pop("minutes"))

        outcome_rule = OutcomeRule(d.pop("outcome_rule"))

        def _parse_phase_review(data: object) -> None | ReviewPhase:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_review_type_0 = ReviewPhase(data)

                return phase_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewPhase, data)

        phase_review = _parse_phase_review(d.pop("phase_review"))

        place = d.pop("place")

        purpose = ReviewPurpose(d.pop("purpose"))

        secretary = d.pop("secretary")

        status = ReviewStatus(d.pop("status"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        year = d.pop("year")

        hidden_candidates = d.pop("hidden_candidates", UNSET)

        review_read = cls(
            campaign_id=campaign_id,
            candidates=candidates,
            chair=chair,
            closed_at=closed_at,
            closed_by_id=closed_by_id,
            created_at=created_at,
            created_by_id=created_by_id,
            held_on=held_on,
            holding_unit=holding_unit,
            id=id,
            level=level,
            level_label=level_label,
            members=members,
            minutes=minutes,
            outcome_rule=outcome_rule,
            phase_review=phase_review,
            place=place,
            purpose=purpose,
            secretary=secretary,
            status=status,
            title=title,
            updated_at=updated_at,
            version=version,
            year=year,
            hidden_candidates=hidden_candidates,
        )

        review_read.additional_properties = d
        return review_read

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
