"""Review meetings (bình xét), recognition decisions (quyết định công nhận) and the models they cover."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped, UTCDateTime

REVIEW_PURPOSES = ("model", "exemplar")
# The body a review is held at in the authority chain (cell review → standing board proposal → decision).
REVIEW_LEVELS = ("cell", "standing_board", "deciding_body")
# The levels a decision may cite besides the review it follows: the reviewing and the proposing body's.
CHAIN_LEVELS = ("cell", "standing_board")
PHASE_REVIEWS = ("interim", "final")
OUTCOME_RULES = ("majority_of_present", "two_thirds_of_present", "majority_of_votes_cast")
VOTES = ("approve", "reject", "abstain")
DECISION_KINDS = ("model_recognition", "model_non_recognition", "exemplar_recognition", "commendation")
AWARD_FORMS = ("certificate_of_merit", "certificate_of_commendation", "letter_of_commendation", "public_commendation")
AWARD_LEVELS = ("grassroots", "district", "province", "central")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ",".join(f"'{v}'" for v in values) + ")"


class Review(Timestamped, Base):
    """A review meeting held by a unit: its members, candidates and votes. Immutable once closed."""

    __tablename__ = "reviews"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    holding_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    # Copy of the holding unit's path: scope filters on it without a join.
    holding_unit_path: Mapped[str] = mapped_column(String(1000))
    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    # model: candidates are surveyed models; exemplar: nominated models, at an interim/final review.
    purpose: Mapped[str] = mapped_column(String(20), default="model")
    phase_review: Mapped[str | None] = mapped_column(String(20))
    # Which role the holding unit plays in the authority policy for its candidates (REVIEW_LEVELS).
    level: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    chair: Mapped[str] = mapped_column(String(200))
    secretary: Mapped[str] = mapped_column(String(200))
    outcome_rule: Mapped[str] = mapped_column(String(40), default="majority_of_present")
    status: Mapped[str] = mapped_column(String(20), default="open")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(_in("purpose", REVIEW_PURPOSES), name="purpose"),
        CheckConstraint("level IS NULL OR " + _in("level", REVIEW_LEVELS), name="level"),
        CheckConstraint("phase_review IS NULL OR " + _in("phase_review", PHASE_REVIEWS), name="phase_review"),
        CheckConstraint(_in("outcome_rule", OUTCOME_RULES), name="outcome_rule"),
        CheckConstraint("status IN ('open','closed')", name="status"),
        Index(
            "ix_reviews_holding_unit_path",
            "holding_unit_path",
            postgresql_ops={"holding_unit_path": "text_pattern_ops"},
        ),
    )


class ReviewMember(Base):
    """A member of the meeting (present or absent). `unit_id`/`user_id` let recusal be worked out."""

    __tablename__ = "review_members"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")  # chức vụ
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    absence_reason: Mapped[str] = mapped_column(Text, default="")


class ReviewCandidate(Base):
    """A model on the meeting's agenda, the criteria scores the meeting agreed and (once closed) the outcome."""

    __tablename__ = "review_candidates"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    model_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registered_models.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # [{"criterion": 1..5, "score": 0..10, "comment": "..."}] agreed by the meeting (optional until closing).
    scores: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    total_score: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    # Frozen when the review closes: approved / rejected, with the tally.
    outcome: Mapped[str | None] = mapped_column(String(20))
    tally: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (
        UniqueConstraint("review_id", "model_id", name="uq_review_candidates_review_model"),
        CheckConstraint("outcome IS NULL OR outcome IN ('approved','rejected')", name="outcome"),
    )


class ReviewVote(Base):
    """One member's vote on one candidate, or their recusal (vote NULL, recused true)."""

    __tablename__ = "review_votes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("review_candidates.id", ondelete="CASCADE"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("review_members.id", ondelete="CASCADE"))
    vote: Mapped[str | None] = mapped_column(String(10))
    recused: Mapped[bool] = mapped_column(Boolean, default=False)
    recusal_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("candidate_id", "member_id", name="uq_review_votes_candidate_member"),
        CheckConstraint("vote IS NULL OR " + _in("vote", VOTES), name="vote"),
        CheckConstraint("NOT (recused AND vote IS NOT NULL)", name="recused_no_vote"),
    )


class Decision(Timestamped, Base):
    """A decision of the competent unit: recognition, non-recognition, exemplar recognition, commendation."""

    __tablename__ = "decisions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(30))
    number: Mapped[str] = mapped_column(String(60))  # as written: "125-QĐ/HU"
    serial: Mapped[int] = mapped_column(Integer)  # its leading number, unique per issuing unit and year
    year: Mapped[int] = mapped_column(Integer)  # of issued_on
    issued_on: Mapped[date] = mapped_column(Date)
    issuing_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    issuing_unit_path: Mapped[str] = mapped_column(String(1000))
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_title: Mapped[str] = mapped_column(String(200))
    review_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reviews.id"), index=True)
    phase_review: Mapped[str | None] = mapped_column(String(20))  # exemplar decisions: interim / final
    award_form: Mapped[str | None] = mapped_column(String(40))  # commendations
    award_level: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    # The public showcase: whether the covered models are shown, and which kinds of their files.
    publish: Mapped[bool] = mapped_column(Boolean, default=False)
    public_evidence_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Recognition outside the cycle's recognition period: the admin who allowed it and why.
    period_override_reason: Mapped[str | None] = mapped_column(Text)
    period_override_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20), default="issued")
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("issuing_unit_id", "year", "serial", name="uq_decisions_issuing_unit_id"),
        CheckConstraint(_in("kind", DECISION_KINDS), name="kind"),
        CheckConstraint("status IN ('issued','revoked')", name="status"),
        CheckConstraint("phase_review IS NULL OR " + _in("phase_review", PHASE_REVIEWS), name="phase_review"),
        CheckConstraint("award_form IS NULL OR " + _in("award_form", AWARD_FORMS), name="award_form"),
        CheckConstraint("award_level IS NULL OR " + _in("award_level", AWARD_LEVELS), name="award_level"),
        Index(
            "ix_decisions_issuing_unit_path",
            "issuing_unit_path",
            postgresql_ops={"issuing_unit_path": "text_pattern_ops"},
        ),
    )


class DecisionReview(Base):
    """A review of the authority chain a decision cites besides the one whose outcome it follows: the reviewing
    body's (level `cell`) and the proposing body's (level `standing_board`), seed 000 §3(1)."""

    __tablename__ = "decision_reviews"

    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id", ondelete="CASCADE"), primary_key=True)
    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reviews.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The review's level when cited (REVIEW_LEVELS: cell or standing_board).
    level: Mapped[str] = mapped_column(String(20))

    __table_args__ = (CheckConstraint(_in("level", CHAIN_LEVELS), name="level"),)


class DecisionModel(Base):
    """A model a decision covers: the move it made (kept when revoked) and an optional note."""

    __tablename__ = "decision_models"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id", ondelete="CASCADE"), index=True)
    model_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registered_models.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    from_state: Mapped[str] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    # A recognition below the standard: {"reason", "by_id", "below": [{criterion, score, minimum}]}.
    standard_exception: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (UniqueConstraint("decision_id", "model_id", name="uq_decision_models_decision_model"),)
