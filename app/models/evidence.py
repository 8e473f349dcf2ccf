"""Dossier files (hồ sơ minh chứng) attached to a model. The bytes live in the blob store, addressed
by the SHA-256 of what was stored; one file uploaded twice is stored once."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow

EVIDENCE_KINDS = (
    "registration_form",
    "implementation_document",
    "confirmation",
    "result_report",
    "survey_photo",
    "review_minutes",
    "submission",
    "achievement_report",
    "model_photo",
    "portrait",
    "decision_document",
    "other",
)


class Evidence(Base):
    """One file of a model's dossier. Immutable once the model has left draft/returned."""

    __tablename__ = "evidence"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    model_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registered_models.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    original_filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    uploaded_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The workflow state the model was in when the file was added.
    model_state: Mapped[str] = mapped_column(String(20))
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    # Whether the grassroots party committee confirmed an achievement report is an act, not a column:
    # `confirmations` (app/models/confirmation.py).
    # Set by a decision that publishes the file on the public showcase (issue 5).
    is_public: Mapped[bool] = mapped_column(Boolean, default=False)
    # The review minutes / decision document this copy belongs to: one upload to a review or a decision
    # becomes one row per model it concerns (the bytes are stored once), so every dossier holds it.
    review_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reviews.id"), index=True)
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decisions.id"), index=True)

    __table_args__ = (
        CheckConstraint("kind IN (" + ",".join(f"'{k}'" for k in EVIDENCE_KINDS) + ")", name="kind"),
        CheckConstraint("size >= 0", name="size"),
        Index("ix_evidence_model_kind", "model_id", "kind"),
    )
