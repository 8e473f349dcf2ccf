"""Bodies of the /reviews endpoints: what a caller may write, and what they read back."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, computed_field, field_validator

from app.core.labels import REVIEW_LEVELS
from app.core.types import UnitId
from app.criteria.schemas import MAX_SCORES, CriterionScore, each_scored_once
from app.policy.authority_schemas import Bilingual
from app.registry.schemas import UnitRef
from app.workflow.codes import StateCode

Purpose = Literal["model", "exemplar"]
PhaseReview = Literal["interim", "final"]
OutcomeRule = Literal["majority_of_present", "two_thirds_of_present", "majority_of_votes_cast"]
VoteValue = Literal["approve", "reject", "abstain"]
Status = Literal["open", "closed"]
OutcomeValue = Literal["approved", "rejected"]
# The body the review is held at in the authority chain: the cell that reviews, the standing board that
# proposes, the deciding body (models.recognition.REVIEW_LEVELS).
ReviewLevel = Literal["cell", "standing_board", "deciding_body"]

_WRITE = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _distinct_criteria(scores: list[CriterionScore] | None) -> list[CriterionScore] | None:
    if scores is not None:
        each_scored_once(scores, all_general=False)
    return scores


class MemberCreate(BaseModel):
    """A member of the meeting; `unit_id` / `user_id` let recusals be worked out automatically."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [{"full_name": "Nguyễn Thị Hoa", "title": "Trưởng ban Dân vận", "unit_id": 12, "present": True}]
        },
    )
    full_name: str = Field(min_length=1, max_length=200, examples=["Nguyễn Thị Hoa"])
    title: str = Field(default="", max_length=200, examples=["Trưởng ban Dân vận"])
    unit_id: UnitId | None = Field(default=None, examples=[12])
    user_id: uuid.UUID | None = None
    present: StrictBool = True
    absence_reason: str = Field(default="", max_length=2000, examples=[""])


class MemberUpdate(BaseModel):
    """Change a member; only the fields sent change."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={"examples": [{"present": False, "absence_reason": "Đi công tác"}]},
    )
    full_name: str | None = Field(default=None, min_length=1, max_length=200)
    title: str | None = Field(default=None, max_length=200)
    unit_id: UnitId | None = None
    user_id: uuid.UUID | None = None
    present: StrictBool | None = None
    absence_reason: str | None = Field(default=None, max_length=2000)


class CandidateCreate(BaseModel):
    """A model on the agenda, with the criteria scores the meeting agreed (optional until closing)."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "model_id": "0b7c9f3e-4d2a-4f6b-9c1d-2e3f4a5b6c7d",
                    "scores": [{"criterion": 1, "score": 9, "comment": ""}],
                    "note": "Mô hình tiêu biểu của xã",
                }
            ]
        },
    )
    model_id: uuid.UUID
    scores: list[CriterionScore] | None = Field(default=None, max_length=MAX_SCORES)
    note: str = Field(default="", max_length=5000)

    _scores = field_validator("scores")(_distinct_criteria)


class CandidateUpdate(BaseModel):
    """Change a candidate's agreed scores or note; only the fields sent change (scores null clears them)."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "scores": [{"criterion": c, "score": 8, "comment": ""} for c in range(1, 6)],
                    "note": "Đạt cả năm tiêu chí",
                }
            ]
        },
    )
    scores: list[CriterionScore] | None = Field(default=None, max_length=MAX_SCORES)
    note: str | None = Field(default=None, max_length=5000)

    _scores = field_validator("scores")(_distinct_criteria)


class ReviewCreate(BaseModel):
    """Open a review meeting (bình xét) held by a unit."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "holding_unit_id": 7,
                    "campaign_id": "6a1f0c7e-2b1d-4c39-9a53-0d6e7f0a1b2c",
                    "year": 2025,
                    "purpose": "model",
                    "title": 'Hội nghị bình xét mô hình "Dân vận khéo" năm 2025',
                    "held_on": "2025-09-20",
                    "place": "Hội trường Huyện ủy Vĩnh Linh",
                    "chair": "Nguyễn Văn Hải",
                    "secretary": "Lê Thị Mai",
                    "outcome_rule": "majority_of_present",
                    "level": "deciding_body",
                    "members": [
                        {"full_name": "Nguyễn Văn Hải", "title": "Trưởng Ban Dân vận Huyện ủy", "unit_id": 9},
                        {
                            "full_name": "Lê Thị Mai",
                            "title": "Chuyên viên",
                            "present": False,
                            "absence_reason": "Đi công tác",
                        },
                    ],
                    "candidates": [{"model_id": "0b7c9f3e-4d2a-4f6b-9c1d-2e3f4a5b6c7d", "note": ""}],
                }
            ]
        },
    )
    holding_unit_id: UnitId = Field(examples=[7])
    campaign_id: uuid.UUID
    year: StrictInt = Field(ge=2000, le=2100, examples=[2025])
    purpose: Purpose = "model"
    phase_review: PhaseReview | None = Field(default=None, description="Required for exemplar rounds, else absent.")
    title: str = Field(min_length=1, max_length=300)
    held_on: date
    place: str = Field(default="", max_length=300)
    chair: str = Field(min_length=1, max_length=200)
    secretary: str = Field(min_length=1, max_length=200)
    outcome_rule: OutcomeRule = "majority_of_present"
    level: ReviewLevel | None = Field(
        default=None,
        description="The role the holding unit plays in the authority policy for the candidates (reviewing: "
        "`cell`, proposing: `standing_board`, deciding: `deciding_body`); checked against each candidate. "
        "Absent: derived from the first candidate whose policy names the holding unit.",
    )
    members: list[MemberCreate] = Field(min_length=1, max_length=100)
    candidates: list[CandidateCreate] = Field(default_factory=list, max_length=200)


class ReviewUpdate(BaseModel):
    """Change the meeting's details while it is open; only the fields sent change."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={"examples": [{"place": "Hội trường UBND xã", "outcome_rule": "two_thirds_of_present"}]},
    )
    title: str | None = Field(default=None, min_length=1, max_length=300)
    held_on: date | None = None
    place: str | None = Field(default=None, max_length=300)
    chair: str | None = Field(default=None, min_length=1, max_length=200)
    secretary: str | None = Field(default=None, min_length=1, max_length=200)
    phase_review: PhaseReview | None = None
    outcome_rule: OutcomeRule | None = None


class BallotEntry(BaseModel):
    """One member's vote on one candidate (null clears it)."""

    model_config = ConfigDict(extra="forbid")
    member_id: uuid.UUID
    candidate_id: uuid.UUID
    vote: VoteValue | None


class RecusalEntry(BaseModel):
    """A member who stands aside for one candidate (`recused: false` lifts a recusal made by hand)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    member_id: uuid.UUID
    candidate_id: uuid.UUID
    reason: str = Field(default="", max_length=2000, examples=["Có quan hệ gia đình với người đăng ký"])
    recused: StrictBool = True


class BallotUpdate(BaseModel):
    """Record votes and recusals in one go (all or nothing)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "votes": [
                        {
                            "member_id": "5f0e1d2c-3b4a-4d5e-8f9a-0b1c2d3e4f5a",
                            "candidate_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                            "vote": "approve",
                        }
                    ],
                    "recusals": [
                        {
                            "member_id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                            "candidate_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                            "reason": "Có quan hệ gia đình với người đăng ký",
                        }
                    ],
                }
            ]
        },
    )
    votes: list[BallotEntry] = Field(default_factory=list, max_length=5000)
    recusals: list[RecusalEntry] = Field(default_factory=list, max_length=5000)


class MinutesForm(BaseModel):
    """The non-file fields of a minutes upload."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    title: str = Field(min_length=1, max_length=300, examples=["Biên bản họp bình xét"])
    description: str = Field(default="", max_length=5000)


# ---- read side -----------------------------------------------------------------------------------------------


class MemberRead(BaseModel):
    """A member of the meeting."""

    id: uuid.UUID
    position: int
    full_name: str
    title: str
    unit_id: int | None
    user_id: uuid.UUID | None
    present: bool
    absence_reason: str


class CandidateModelRef(BaseModel):
    """The model a candidate stands for."""

    id: uuid.UUID
    code: str
    name: str
    state: StateCode
    registrant_unit_name: str


class VoteRead(BaseModel):
    """One member's ballot on one candidate (vote null: not voted, or recused)."""

    member_id: uuid.UUID
    vote: VoteValue | None
    recused: bool
    recusal_reason: str


class TallyRead(BaseModel):
    """The count of a candidate's ballot."""

    eligible: int
    approve: int
    reject: int
    abstain: int
    not_voted: int
    recused: int


class CandidateRead(BaseModel):
    """A candidate with its scores, votes, tally and outcome."""

    id: uuid.UUID
    position: int
    model: CandidateModelRef
    scores: list[CriterionScore] | None
    total_score: float | None
    note: str
    votes: list[VoteRead]
    tally: TallyRead = Field(description="Frozen at closing; computed live while the review is open.")
    outcome: OutcomeValue | None = Field(description="Frozen at closing; null while open.")
    provisional_outcome: OutcomeValue | None = Field(description="Computed live while open; null once closed.")


class MinutesRead(BaseModel):
    """The minutes file of the meeting."""

    title: str
    filename: str
    media_type: str
    size: int
    sha256: str
    uploaded_at: datetime
    content_url: str


class ReviewSummary(BaseModel):
    """A review in a list."""

    id: uuid.UUID
    holding_unit: UnitRef
    campaign_id: uuid.UUID
    year: int
    purpose: Purpose
    phase_review: PhaseReview | None
    level: ReviewLevel | None = Field(
        description="The body the review is held at in the authority chain; null when the holding unit is "
        "named by none of its candidates' policy (it holds the review over its own subtree)."
    )
    title: str
    held_on: date
    status: Status
    closed_at: datetime | None
    version: int

    @computed_field(description="The level's label (seed 000 §3: the cell reviews, the standing board proposes).")
    def level_label(self) -> Bilingual | None:
        return review_level_label(self.level)


def review_level_label(level: str | None) -> Bilingual | None:
    """The catalogue's label of a review level (core/labels.py REVIEW_LEVELS)."""
    return Bilingual(**REVIEW_LEVELS[level].as_dict()) if level else None


class ReviewRead(ReviewSummary):
    """A review meeting in full."""

    place: str
    chair: str
    secretary: str
    outcome_rule: OutcomeRule
    closed_by_id: uuid.UUID | None
    created_by_id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    members: list[MemberRead]
    candidates: list[CandidateRead] = Field(description="The candidates whose model the caller may see.")
    hidden_candidates: int = Field(
        default=0,
        ge=0,
        description="How many candidates' models lie outside the caller's scope: only their number is shown.",
    )
    minutes: MinutesRead | None

    def seen_by(self, visible: set[uuid.UUID]) -> ReviewRead:
        """The read as a caller who sees only the models in `visible` gets it: the others counted, not shown."""
        shown = [c for c in self.candidates if c.model.id in visible]
        return self.model_copy(update={"candidates": shown, "hidden_candidates": len(self.candidates) - len(shown)})
